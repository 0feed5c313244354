package looplab.engine.js;

import looplab.engine.loop.Interrupted;
import looplab.engine.loop.ProcessExit;
import looplab.engine.loop.Unwind;

/**
 * The stop switch behind every guard call that {@link GuardInstrumenter} writes into a script.
 * Tripping it is sticky: once a run is stopped, every guard call, every {@code catch} and every
 * callback boundary throws again until the run is over, so no user {@code catch} can swallow
 * the stop. Cheap when not tripped: one volatile read.
 */
public final class Guard {
    private volatile Unwind pending;
    private Runnable wakeUp = () -> { };

    /** Called from another thread (timeout timer, Ctrl-C): stop with this exit code. */
    public void tripExit(int code) {
        pending = new ProcessExit(code);
        wakeUp.run();
    }

    /** Called from another thread: stop the running code, keep the session (REPL Ctrl-C). */
    public void tripInterrupt() {
        pending = new Interrupted();
        wakeUp.run();
    }

    /** Lets a trip wake a loop that is waiting in poll. */
    public void onTrip(Runnable wakeUp) {
        this.wakeUp = wakeUp;
    }

    /** Clears an interrupt so the REPL can run the next input. */
    public void reset() {
        pending = null;
    }

    public boolean isTripped() {
        return pending != null;
    }

    /** Throws the stop if one is pending. */
    public void check() {
        Unwind u = pending;
        if (u != null) {
            throw u;
        }
    }
}
