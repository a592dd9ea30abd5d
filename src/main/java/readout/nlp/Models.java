package readout.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;

/**
 * The OpenNLP English models (UD English-EWT, Apache-2.0, from the opennlp-models-*-en jars), read from the
 * classpath once per JVM: the models are immutable and thread-safe, the taggers made from them are not. Loading
 * takes a few hundred ms, so it happens on first use (the holder idiom), which SnapStart priming triggers.
 */
final class Models {
    static final String POS_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS_RESOURCE = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /** The entry names of the maxent models inside the model packages (package-private in OpenNLP). */
    private static final String POS_ENTRY = "pos.model";
    private static final String LEMMAS_ENTRY = "lemmatizer.model";

    private Models() {}

    private static final class Pos {
        static final POSModel MODEL = load(POS_RESOURCE, POSModel::new);
    }

    private static final class Lemmas {
        static final LemmatizerModel MODEL = load(LEMMAS_RESOURCE, LemmatizerModel::new);
    }

    /**
     * The POS model searched with the given beam. OpenNLP reads the beam from the model's manifest only, so a
     * beam other than the packaged one (3) is a second model object over the same maxent weights (no reload).
     */
    static POSModel pos(int beam) {
        POSModel m = Pos.MODEL;
        if (String.valueOf(beam).equals(m.getManifestProperty("BeamSize"))) return m;
        MaxentModel weights = m.getArtifact(POS_ENTRY);
        return new POSModel(m.getLanguage(), weights, beam, Map.of(), m.getFactory());
    }

    /** Likewise for the lemmatizer. */
    static LemmatizerModel lemmas(int beam) {
        LemmatizerModel m = Lemmas.MODEL;
        if (String.valueOf(beam).equals(m.getManifestProperty("BeamSize"))) return m;
        MaxentModel weights = m.getArtifact(LEMMAS_ENTRY);
        return new LemmatizerModel(m.getLanguage(), weights, beam, Map.of(), m.getFactory());
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("model missing from the classpath: " + resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resource, e);
        }
    }
}
