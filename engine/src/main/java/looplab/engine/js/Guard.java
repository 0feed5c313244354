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
    /** How long guard calls get to unwind a run before the backstop stops the thread. */
    private static final long BACKSTOP_MS = 500;

    private volatile Unwind pending;
    private volatile Thread running;
    private volatile Runnable unresponsive;
    private Runnable wakeUp = () -> { };

    /** Called from another thread (timeout timer, Ctrl-C): stop with this exit code. */
    public void tripExit(int code) {
        trip(new ProcessExit(code));
    }

    /** Called from another thread: stop the running code, keep the session (REPL Ctrl-C). */
    public void tripInterrupt() {
        trip(new Interrupted());
    }

    private void trip(Unwind stop) {
        pending = stop;
        wakeUp.run();
        Thread target = running;
        if (target != null) {
            backstop(target);
        }
    }

    /**
     * The one case guard calls cannot reach is code with no loop, no catch and no function
     * body of its own to put them in (a recursion made only of expression-bodied arrows). If
     * the run is still going after a grace period, the embedder's last resort runs: the
     * command line ends the process with the timeout's exit code. (Stopping the thread
     * itself, with {@code Thread.stop}, could land after the run had already finished.)
     */
    private void backstop(Thread target) {
        Runnable lastResort = unresponsive;
        if (lastResort == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(BACKSTOP_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (running == target && pending != null) {
                lastResort.run();
            }
        }, "looplab-backstop");
        t.setDaemon(true);
        t.start();
    }

    /** What to do when a tripped run does not unwind within the grace period. */
    public void onUnresponsive(Runnable lastResort) {
        this.unresponsive = lastResort;
    }

    /** Marks the thread that runs JavaScript, for the backstop; {@code null} when it is done. */
    public void running(Thread thread) {
        running = thread;
    }

    /** Lets a trip wake a loop that is waiting in poll. */
    public void onTrip(Runnable wakeUp) {
        this.wakeUp = wakeUp;
    }

    /**
     * {@code process.exit()} on the JavaScript thread itself: the exit becomes sticky like a
     * trip from outside (no wake-up or backstop needed), so that looplab's own runtime code
     * that runs user code inside a {@code try} (a promise job, an async function's driver)
     * cannot turn it into a rejection; the next guard call or callback boundary throws it
     * again. Returns it, for the caller to throw.
     */
    public Unwind stopHere(Unwind stop) {
        pending = stop;
        return stop;
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
