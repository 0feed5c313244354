package looplab.engine.loop;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * A run of handles in the order they were added: what is queued for the phase's next run,
     * or the snapshot it is running. Two of them take turns, so a busy phase reuses its arrays.
     */
    static final class Batch {
        private Handle[] items = new Handle[16];
        private int size;
        private int next;
        /** Whether the ids ascend, as they do when every handle gets a fresh id ({@link #find}). */
        private boolean ascending = true;

        void add(Handle h) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            if (size > 0 && items[size - 1].callback.id >= h.callback.id) {
                ascending = false;
            }
            items[size++] = h;
        }

        /** The next handle to run, or {@code null} at the end. */
        Handle next() {
            return next < size ? items[next++] : null;
        }

        /** The handle of callback {@code id} not yet run, or {@code null}. */
        Handle find(long id) {
            if (ascending) {
                int lo = next;
                int hi = size - 1;
                while (lo <= hi) {
                    int mid = (lo + hi) >>> 1;
                    long at = items[mid].callback.id;
                    if (at < id) {
                        lo = mid + 1;
                    } else if (at > id) {
                        hi = mid - 1;
                    } else {
                        return items[mid];
                    }
                }
                return null;
            }
            for (int i = next; i < size; i++) {
                if (items[i].callback.id == id) {
                    return items[i];
                }
            }
            return null;
        }

        void clear() {
            Arrays.fill(items, 0, size, null);
            size = 0;
            next = 0;
            ascending = true;
        }
    }

    /** Added since the phase last took its snapshot. */
    private Batch queue = new Batch();
    /** The snapshot the phase is running, or last ran. */
    private Batch running = new Batch();
    private int refCount;
    private int live;

    public Handle add(Callback callback) {
        Handle h = new Handle(callback);
        queue.add(h);
        refCount++;
        live++;
        return h;
    }

    /**
     * The pending handle of callback {@code id} (queued, or in the snapshot the phase is
     * running and not run yet), or {@code null}: what {@code clearImmediate} and
     * {@code immediate.ref()} look up, with no map from ids to handles to keep.
     */
    public Handle find(long id) {
        Handle h = running.find(id);
        if (h == null) {
            h = queue.find(id);
        }
        return h == null || h.cancelled ? null : h;
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

    /**
     * Moves the current contents aside and returns them; new additions start a fresh queue.
     * (The previous snapshot is done with: its array is reused for the new queue.)
     */
    Batch takeSnapshot() {
        Batch done = running;
        done.clear();
        running = queue;
        queue = done;
        return running;
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

    /** The handles queued for the phase's next run, not cancelled, in order. */
    public List<Handle> snapshot() {
        List<Handle> out = new ArrayList<>();
        for (int i = 0; i < queue.size; i++) {
            Handle h = queue.items[i];
            if (!h.cancelled) {
                out.add(h);
            }
        }
        return out;
    }
}
