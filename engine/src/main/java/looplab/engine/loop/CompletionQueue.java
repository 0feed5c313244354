package looplab.engine.loop;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one thread-safe door into the loop. Pool workers (and the REPL) post finished work here;
 * the poll phase takes everything posted so far under the lock and runs it outside the lock
 * (libuv's {@code uv__work_done}). {@link #begin()} / {@link #post} count work in flight, which
 * keeps the loop alive and stops the virtual clock from skipping time.
 */
public final class CompletionQueue {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition posted = lock.newCondition();
    private ArrayDeque<Callback> ready = new ArrayDeque<>();
    private int inFlight;
    /** Quick requests (file-system calls) in flight: the loop waits for these ({@link ThreadPool}). */
    private int quickInFlight;
    /** Whether a quick completion posted since the last take will run user code (for the I/O race). */
    private boolean readyReachesUser;
    /** Whether a quick completion was posted since the last take. */
    private boolean readyQuick;

    /** A request has left for another thread; its completion will be {@link #post}ed. */
    public void begin() {
        begin(false);
    }

    /** As {@link #begin()}; a quick request is one the loop waits for before polling. */
    public void begin(boolean quick) {
        lock.lock();
        try {
            inFlight++;
            if (quick) {
                quickInFlight++;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called from any thread: the completion of a request counted by {@link #begin()}. */
    public void post(Callback completion) {
        post(completion, false, true);
    }

    /** The completion of a request counted by {@link #begin(boolean)} with the same {@code quick}. */
    public void post(Callback completion, boolean quick, boolean reachesUser) {
        lock.lock();
        try {
            inFlight--;
            if (quick) {
                quickInFlight--;
            }
            readyReachesUser |= quick && reachesUser;
            readyQuick |= quick;
            ready.add(completion);
            posted.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits (really) until no quick request is in flight, at most {@code capMs}; returns whether
     * a completion that will run user code is among those ready.
     */
    boolean awaitQuick(double capMs) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + (long) (capMs * 1_000_000L);
            while (quickInFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                posted.await(left, TimeUnit.NANOSECONDS);
            }
            return readyReachesUser && !ready.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** The ids of the completions ready now (for the trace's race note). */
    java.util.List<Long> readyIds() {
        lock.lock();
        try {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            for (Callback cb : ready) {
                ids.add(cb.id);
            }
            return ids;
        } finally {
            lock.unlock();
        }
    }

    /** Whether quick work is in flight, or a quick completion is waiting to be taken. */
    boolean hasQuickWork() {
        lock.lock();
        try {
            return quickInFlight > 0 || readyQuick && !ready.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    public int quickInFlight() {
        lock.lock();
        try {
            return quickInFlight;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes a waiting poll without delivering anything (the REPL's "new input"). */
    public void wakeUp() {
        lock.lock();
        try {
            posted.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    public boolean hasReady() {
        lock.lock();
        try {
            return !ready.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to {@code timeoutMs} (negative: without limit) for a completion, then takes all
     * that are ready. Returns at once when some are already there.
     */
    ArrayDeque<Callback> await(double timeoutMs) throws InterruptedException {
        lock.lock();
        try {
            if (ready.isEmpty() && timeoutMs != 0) {
                if (timeoutMs < 0) {
                    posted.await();
                } else {
                    posted.await((long) (timeoutMs * 1_000_000L), TimeUnit.NANOSECONDS);
                }
            }
            ArrayDeque<Callback> taken = ready;
            ready = new ArrayDeque<>();
            readyReachesUser = false;
            readyQuick = false;
            return inSubmissionOrder(taken);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Puts the quick completions of a batch in the order their requests were submitted, each
     * in one of the places quick completions took (other completions keep theirs). On Node a
     * woken pool thread runs a file-system call in microseconds and takes the next request
     * before the other threads are even awake, so calls queued together come back in the
     * order they were made (a failing open, a stat and a readdir from one script, every run);
     * looplab's workers take longer per call and would otherwise post them in a racy order.
     * The loop waits for all quick work in flight before taking a batch, so the batch holds
     * every one of them.
     */
    private static ArrayDeque<Callback> inSubmissionOrder(ArrayDeque<Callback> taken) {
        if (taken.size() < 2) {
            return taken;
        }
        Callback[] all = taken.toArray(new Callback[0]);
        java.util.List<Callback> quick = new java.util.ArrayList<>();
        for (Callback cb : all) {
            if (cb.quickOrder > 0) {
                quick.add(cb);
            }
        }
        if (quick.size() < 2) {
            return taken;
        }
        quick.sort(java.util.Comparator.comparingLong(cb -> cb.quickOrder));
        ArrayDeque<Callback> ordered = new ArrayDeque<>(all.length);
        int next = 0;
        for (Callback cb : all) {
            ordered.add(cb.quickOrder > 0 ? quick.get(next++) : cb);
        }
        return ordered;
    }
}
