package looplab.engine.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The one queue behind the idle, prepare and check phases (libuv builds all three from a single
 * macro; this is that macro in Java). Entries are run in FIFO order, and a phase always drains a
 * snapshot: whatever is queued while the phase runs waits for the next loop iteration, which is
 * why an immediate scheduled inside an immediate runs on the next turn.
 *
 * <p>Loop-thread only.
 */
public final class HandleQueue {

    /** A queued callback that can be cancelled ({@code clearImmediate}) and unref'ed. */
    public static final class Handle {
        final Callback callback;
        boolean cancelled;
        boolean ref = true;
        int queuedInIteration;
        Phase queuedInPhase;

        Handle(Callback callback) {
            this.callback = callback;
        }

        public Callback callback() {
            return callback;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        /** Whether this handle keeps the loop alive ({@code unref()} clears it). */
        public boolean isRef() {
            return ref;
        }
    }

    private ArrayDeque<Handle> queue = new ArrayDeque<>();
    private int refCount;
    private int live;

    public Handle add(Callback callback) {
        Handle h = new Handle(callback);
        queue.add(h);
        refCount++;
        live++;
        return h;
    }

    public void cancel(Handle h) {
        if (h.cancelled) {
            return;
        }
        h.cancelled = true;
        live--;
        if (h.ref) {
            refCount--;
        }
    }

    public void setRef(Handle h, boolean ref) {
        if (h.ref != ref && !h.cancelled) {
            refCount += ref ? 1 : -1;
        }
        h.ref = ref;
    }

    /** Moves the current contents aside and returns them; new additions start a fresh queue. */
    ArrayDeque<Handle> takeSnapshot() {
        ArrayDeque<Handle> snapshot = queue;
        queue = new ArrayDeque<>();
        return snapshot;
    }

    /** Marks a handle taken from a snapshot as run, so it no longer counts as pending. */
    void markRun(Handle h) {
        if (!h.cancelled) {
            h.cancelled = true;
            live--;
            if (h.ref) {
                refCount--;
            }
        }
    }

    public boolean hasRef() {
        return refCount > 0;
    }

    /** Anything not cancelled still waiting, ref'ed or not. */
    public boolean hasLive() {
        return live > 0;
    }

    public List<Handle> snapshot() {
        List<Handle> out = new ArrayList<>();
        for (Handle h : queue) {
            if (!h.cancelled) {
                out.add(h);
            }
        }
        return out;
    }
}
