package readout.lambda;

import java.io.IOException;
import java.io.InputStream;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import readout.record.RecordJson;

/**
 * Warms the engine before a SnapStart snapshot (CRaC {@code beforeCheckpoint}): one sample article through
 * parse, extraction and JSON, so the snapshot holds loaded classes and a warm lexicon. No network calls.
 */
final class Priming implements Resource {
    private static Priming registered;
    private final Services services;

    private Priming(Services services) {
        this.services = services;
    }

    static synchronized void register(Services s) {
        if (registered != null) return;
        registered = new Priming(s);
        Core.getGlobalContext().register(registered);
    }

    static void prime(Services s) {
        try (InputStream in = Priming.class.getResourceAsStream("/readout/samples/seed-vn-cuba-2021.txt")) {
            if (in == null) return;
            byte[] sample = in.readAllBytes();
            for (int i = 0; i < 20; i++) RecordJson.toJson(s.readout.summarize("priming.txt", "text/plain", sample));
        } catch (IOException e) {
            Log.warn("priming skipped", "reason", e.getClass().getSimpleName());
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime(services);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh: clients resolve credentials lazily after restore
    }
}
