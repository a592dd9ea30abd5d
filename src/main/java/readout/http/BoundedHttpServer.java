package readout.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A small HTTP/1.1 server on plain sockets whose every cost is bounded by its {@link Limits}, so that no one
 * client can stall or crash it: a thread per connection, at most {@code maxConnections} of them; each request
 * read within {@code requestTimeout} and its size limits (408, 413, 414, 431 and 400 with a reason, never a
 * silent close); heavy requests (the engine's work) on a pool of {@code workers} with a short queue, so that
 * they never hold the light ones; overload answered 503 with Retry-After. Keep-alive, pipelining in order,
 * chunked bodies with trailers, {@code Expect: 100-continue} (refused with 413 instead when the length is over
 * the limit). Each response goes out in one write with TCP_NODELAY: a head and a body in two small segments
 * would wait on the client's delayed ACK (Nagle's algorithm), about 40 ms a request on a kept-alive connection.
 *
 * <p>The JDK's {@code com.sun.net.httpserver} was measured and left: it answers 100 Continue before a handler
 * can refuse, has no read timeout or size limit on a request, and closes with no status on a bad chunk or head.
 */
public final class BoundedHttpServer implements AutoCloseable {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final Limits limits;
    private final Handler handler;
    private final Predicate<Request> heavy;
    private final Semaphore connectionSlots;
    private final Semaphore workSlots;
    private final ExecutorService connections;
    private final ExecutorService workers;
    private final ThreadPoolExecutor refusals;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private Thread acceptor;

    private BoundedHttpServer(ServerSocket listener, Limits limits, Handler handler, Predicate<Request> heavy) {
        this.listener = listener;
        this.limits = limits;
        this.handler = handler;
        this.heavy = heavy;
        this.connectionSlots = new Semaphore(limits.maxConnections());
        this.workSlots = new Semaphore(limits.workers() + limits.workQueue());
        this.connections = Executors.newCachedThreadPool(daemons("readout-http-connection"));
        this.workers = Executors.newFixedThreadPool(limits.workers(), daemons("readout-http-worker"));
        // a refusal is written and lingered over off the accepting thread; past 32 waiting, the socket is just closed
        this.refusals = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(32), daemons("readout-http-refusal"),
                (task, pool) -> ((Refusal) task).closeQuietly());
    }

    /**
     * Binds {@code address} (a {@link java.net.BindException} when the port is taken) without answering yet:
     * connections wait in the backlog until {@link #start()}. {@code heavy} picks the requests for the workers.
     */
    public static BoundedHttpServer bind(InetSocketAddress address, Limits limits, Handler handler, Predicate<Request> heavy) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(address, 128);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        return new BoundedHttpServer(listener, limits, handler, heavy);
    }

    /** Starts accepting; the accepting thread is not a daemon, so a command line that serves keeps running. */
    public synchronized BoundedHttpServer start() {
        if (acceptor == null) {
            acceptor = new Thread(this::acceptLoop, "readout-http-accept");
            acceptor.start();
        }
        return this;
    }

    public int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) closeQuietly(s);
        connections.shutdownNow();
        workers.shutdownNow();
        refusals.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closed) return;
                continue;
            }
            if (!connectionSlots.tryAcquire()) {
                refusals.execute(new Refusal(socket));
                continue;
            }
            open.add(socket);
            try {
                connections.execute(() -> {
                    try {
                        serve(socket);
                    } finally {
                        open.remove(socket);
                        connectionSlots.release();
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                open.remove(socket);
                connectionSlots.release();
                closeQuietly(socket);
            }
        }
    }

    /** Requests of one connection, in order, until it closes, idles out, errs or asks to close. */
    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            RequestReader reader = new RequestReader(socket, limits);
            for (int served = 1; !closed; served++) {
                Request request;
                try {
                    request = reader.next(() -> {
                        out.write(CONTINUE);
                        out.flush();
                    });
                } catch (RequestReader.Rejected e) {
                    write(out, e.response, "GET", true);
                    linger(socket, limits.lingerTime().toMillis());
                    return;
                }
                if (request == null) return;
                Response response = dispatch(request);
                boolean close = closed || request.wantsClose() || served >= limits.maxRequestsPerConnection();
                write(out, response, request.method(), close);
                if (close) {
                    linger(socket, limits.lingerTime().toMillis());
                    return;
                }
            }
        } catch (IOException clientGone) {
            // the client went away mid-request or mid-response: no one is left to tell
        }
    }

    private Response dispatch(Request request) {
        if (!heavy.test(request)) return handle(request);
        if (!workSlots.tryAcquire()) {
            return Response.busy("all " + limits.workers() + " workers are busy and " + limits.workQueue() + " requests wait; retry shortly",
                    limits.retryAfterSeconds());
        }
        Future<Response> work;
        try {
            work = workers.submit(() -> {
                try {
                    return handle(request);
                } finally {
                    workSlots.release();
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            workSlots.release();
            return Response.busy("the server is stopping", limits.retryAfterSeconds());
        }
        try {
            return work.get(limits.workTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            return Response.busy("the request took longer than " + limits.workTimeout().toSeconds() + " s and was abandoned",
                    limits.retryAfterSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.busy("the server is stopping", limits.retryAfterSeconds());
        } catch (ExecutionException e) {
            return internalError();
        }
    }

    private Response handle(Request request) {
        try {
            return handler.handle(request);
        } catch (RuntimeException | StackOverflowError e) {
            return internalError();
        }
    }

    private static Response internalError() {
        return Response.error(500, "INTERNAL", "internal error; the request can be retried");
    }

    /** Head and body in one write (see the class comment on delayed ACKs). */
    private static void write(OutputStream out, Response r, String method, boolean close) throws IOException {
        boolean noBody = method.equals("HEAD") || r.status() == 204 || r.status() == 304;
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(r.status()).append(' ').append(Response.reason(r.status())).append("\r\n");
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            String name = h.getKey();
            if (name.equalsIgnoreCase("content-length") || name.equalsIgnoreCase("connection") || name.equalsIgnoreCase("transfer-encoding")) continue;
            head.append(name).append(": ").append(h.getValue().replace('\r', ' ').replace('\n', ' ')).append("\r\n");
        }
        if (r.status() != 204 && r.status() != 304) head.append("Content-Length: ").append(r.body().length).append("\r\n");
        if (close) head.append("Connection: close\r\n");
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[h.length + (noBody ? 0 : r.body().length)];
        System.arraycopy(h, 0, whole, 0, h.length);
        if (!noBody) System.arraycopy(r.body(), 0, whole, h.length, r.body().length);
        out.write(whole);
        out.flush();
    }

    /**
     * Ends a connection so that the client reads the answer: closing with its unread bytes still arriving would
     * send a reset, and the client's stack drops the answer with it. So: our side is shut, and what the client
     * still sends is read and dropped for a bounded time.
     */
    private static void linger(Socket socket, long millis) {
        try {
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[16 * 1024];
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) break;
                socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
                if (in.read(sink) < 0) break;
            }
        } catch (IOException ignored) {
            // the client is gone or still sending: close either way
        }
    }

    /** A connection over the limit: told 503 and closed. */
    private final class Refusal implements Runnable {
        private final Socket socket;

        Refusal(Socket socket) {
            this.socket = socket;
        }

        @Override
        public void run() {
            try (socket) {
                socket.setTcpNoDelay(true);
                write(socket.getOutputStream(), Response.busy("the server has " + limits.maxConnections() + " connections open; retry shortly",
                        limits.retryAfterSeconds()), "GET", true);
                linger(socket, Math.min(1000, limits.lingerTime().toMillis()));
            } catch (IOException ignored) {
                // the client left first
            }
        }

        void closeQuietly() {
            BoundedHttpServer.closeQuietly(socket);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
