package looplab.engine.loop;

/**
 * One unit of user work the loop will run: a timer's function, an immediate, a tick, a promise
 * job, an I/O completion. It carries what the trace shows about it: an id, the API that
 * scheduled it, where ({@code file:line}) and which queue it belongs to.
 */
public final class Callback {
    /** The body: calls into JavaScript. Exceptions escaping it are the script's uncaught errors. */
    @FunctionalInterface
    public interface Body {
        void run();
    }

    public final long id;
    public final String api;
    /** {@code file:line} of the scheduling call, or {@code null} when the trace is off. */
    public final String at;
    public final Source source;
    final Body body;
    /** Set by the thread pool before the completion is posted; {@code null} for other work. */
    public volatile PoolStats pool;
    /**
     * For a quick pool request, its place in the order of submission (from 1); 0 otherwise.
     * Set on the loop thread before the request is queued, read there when it is taken.
     */
    long quickOrder;

    /** Which worker ran a pool request, how long it queued and how long it ran. */
    public record PoolStats(int worker, double queuedMs, double ranMs) {}

    public Callback(long id, String api, String at, Source source, Body body) {
        this.id = id;
        this.api = api;
        this.at = at;
        this.source = source;
        this.body = body;
    }

    @Override
    public String toString() {
        return api + "#" + id + (at == null ? "" : " at " + at);
    }
}
