package readout.http;

import java.time.Duration;

/**
 * What one client may cost {@link BoundedHttpServer}: bytes of a request's head and body, the time a request
 * may take to arrive, connections open at once, and the requests at work (heavy ones: the engine) at once.
 *
 * @param maxRequestLineBytes longer request lines are answered 414
 * @param maxHeadBytes        longer heads (request line, headers; also a chunked body's trailer) are answered 431
 * @param maxHeaders          more header fields are answered 431
 * @param maxBodyBytes        larger bodies are answered 413, from Content-Length before any of it is read
 * @param requestTimeout      from a request's first byte to its last; a slower one is answered 408
 * @param idleTimeout         how long a kept-alive connection may wait for its next request
 * @param maxConnections      connections served at once; the next is answered 503 with Retry-After
 * @param workers             heavy requests handled at once
 * @param workQueue           heavy requests waiting for a worker; the next is answered 503 with Retry-After
 * @param workTimeout         a heavy request not done by then is answered 503
 * @param lingerTime          after a refusal, how long what the client still sends is read and dropped, so it
 *                            reads the answer rather than a reset
 * @param retryAfterSeconds   the Retry-After of a 503
 * @param maxRequestsPerConnection the connection is closed after this many
 */
public record Limits(int maxRequestLineBytes, int maxHeadBytes, int maxHeaders, long maxBodyBytes, Duration requestTimeout,
                     Duration idleTimeout, int maxConnections, int workers, int workQueue, Duration workTimeout,
                     Duration lingerTime, int retryAfterSeconds, int maxRequestsPerConnection) {

    public Limits {
        if (maxRequestLineBytes < 16 || maxHeadBytes < maxRequestLineBytes || maxHeaders < 1 || maxBodyBytes < 0 || maxConnections < 1
                || workers < 1 || workQueue < 0 || retryAfterSeconds < 0 || maxRequestsPerConnection < 1) {
            throw new IllegalArgumentException("impossible limits: " + this);
        }
    }

    /** Limits for a local server on this machine's cores, with bodies up to {@code maxBodyBytes}. */
    public static Limits defaults(long maxBodyBytes) {
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new Limits(8 * 1024, 16 * 1024, 100, maxBodyBytes, Duration.ofSeconds(30), Duration.ofSeconds(10), 64, workers,
                2 * workers, Duration.ofSeconds(60), Duration.ofSeconds(2), 2, 1000);
    }

    public Limits withConnections(int maxConnections) {
        return new Limits(maxRequestLineBytes, maxHeadBytes, maxHeaders, maxBodyBytes, requestTimeout, idleTimeout, maxConnections, workers,
                workQueue, workTimeout, lingerTime, retryAfterSeconds, maxRequestsPerConnection);
    }

    public Limits withWorkers(int workers, int workQueue) {
        return new Limits(maxRequestLineBytes, maxHeadBytes, maxHeaders, maxBodyBytes, requestTimeout, idleTimeout, maxConnections, workers,
                workQueue, workTimeout, lingerTime, retryAfterSeconds, maxRequestsPerConnection);
    }

    public Limits withRequestTimeout(Duration requestTimeout) {
        return new Limits(maxRequestLineBytes, maxHeadBytes, maxHeaders, maxBodyBytes, requestTimeout, idleTimeout, maxConnections, workers,
                workQueue, workTimeout, lingerTime, retryAfterSeconds, maxRequestsPerConnection);
    }
}
