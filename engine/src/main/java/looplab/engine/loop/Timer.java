package looplab.engine.loop;

/**
 * A {@code setTimeout}/{@code setInterval} request: Node's {@code Timeout}, on the loop side.
 * Timers sharing a duration are chained in one {@link TimerHeap} list, so the links live here.
 */
public final class Timer {
    final Callback callback;
    /** The duration the timer is filed under (Node's {@code _idleTimeout}), already clamped. */
    final long msecs;
    /** Re-arm after each run with this duration, or 0 for a one-shot timer. */
    final long repeatMsecs;
    /** When it was (re)inserted: Node's {@code _idleStart}, in loop milliseconds. */
    long startMs;
    boolean ref = true;
    /** In a list and not cleared. */
    boolean active;
    /** clearTimeout/clearInterval was called: an interval is not re-armed after its run. */
    boolean cleared;
    /** The loop iteration (0 = main script) that inserted it; used to spot Node's races. */
    int insertedInIteration;
    Phase insertedInPhase;
    /**
     * The program's first timer, when this one was set right after it with the same delay:
     * Node may start this one a millisecond later (see EventLoop#startsLateInNode). Cleared once
     * that is decided.
     */
    Timer setJustAfterFirst;
    /** How many callbacks had run when it was (re)inserted (EventLoop#coldAfterFirstWrite). */
    long callbacksBefore;
    /** The loop iteration whose timers phase last ran it; -1 before that. */
    int firedInIteration = -1;

    Timer prev;
    Timer next;

    public Timer(Callback callback, long msecs, boolean repeat) {
        this.callback = callback;
        this.msecs = msecs;
        this.repeatMsecs = repeat ? msecs : 0;
    }

    public Callback callback() {
        return callback;
    }

    public long msecs() {
        return msecs;
    }

    public long dueMs() {
        return startMs + msecs;
    }

    public boolean isActive() {
        return active;
    }

    public boolean hasRef() {
        return ref;
    }
}
