package looplab.engine.loop;

/**
 * What the loop needs from the JavaScript side, and nothing more: it reports errors, asks about
 * promise rejections and lets {@code process} emit its end-of-life events. Implemented by the
 * runtime, so the loop knows nothing about Nashorn.
 */
public interface LoopHost {
    /**
     * A callback threw. The host hands it to {@code 'uncaughtException'} listeners, or ends the
     * process by throwing {@link ProcessExit}.
     */
    void uncaught(Throwable error);

    /**
     * Node's {@code processPromiseRejections}: after the microtask queue ran dry, report promises
     * still rejected without a handler. Returns whether listeners ran (they may have queued work).
     */
    boolean processRejections();

    /** The loop has emptied: emit {@code 'beforeExit'} (listeners may schedule more work). */
    void beforeExit();

    /** Throws the pending stop (timeout, Ctrl-C) if one was requested; cheap otherwise. */
    void checkInterrupt();
}
