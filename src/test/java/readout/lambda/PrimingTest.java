package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrimingTest {

    @Test
    void primingRunsTheEngineAndTouchesEachClientWithoutChangingAnything() {
        TestServices t = new TestServices();
        Priming.prime(t.services);
        Priming.primeClients(t.services);
        assertEquals(0, t.store.size(), "priming stores nothing");
        assertEquals(1, t.source.fetches, "one read through the S3 client");
        t.source.failWith = new IllegalStateException("no network while priming");
        Priming.primeClients(t.services); // failures are expected and ignored
    }
}
