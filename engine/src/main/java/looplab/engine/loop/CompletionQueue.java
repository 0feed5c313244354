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

    /** A request has left for another thread; its completion will be {@link #post}ed. */
    public void begin() {
        lock.lock();
        try {
            inFlight++;
        } finally {
            lock.unlock();
        }
    }

    /** Called from any thread: the completion of a request counted by {@link #begin()}. */
    public void post(Callback completion) {
        lock.lock();
        try {
            inFlight--;
            ready.add(completion);
            posted.signalAll();
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
            return taken;
        } finally {
            lock.unlock();
        }
    }
}
