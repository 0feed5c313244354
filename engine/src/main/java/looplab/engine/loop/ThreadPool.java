package looplab.engine.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/**
 * libuv's thread pool ({@code src/threadpool.c}): a fixed number of real worker threads taking
 * blocking work from one FIFO queue. A worker never touches JavaScript: it runs the request's
 * {@link Work}, stamps the completion with {@link Callback.PoolStats} (which worker, how long
 * the request queued, how long it ran) and posts it to the loop's {@link CompletionQueue}, where
 * the poll phase picks it up.
 *
 * <p>As in libuv the threads start on the first request, so the size is read then, not when
 * the process starts: a script that sets {@code process.env.UV_THREADPOOL_SIZE} before its
 * first file read gets that many workers. Workers are daemon threads, stopped by
 * {@link #shutdown()} at the end of the run.
 *
 * <p>The threads themselves are the process's, lent to one pool at a time: a grading worker
 * runs hundreds of scripts, each with a pool of its own, and starting and ending four threads
 * for each cost more than the file-system calls they made (about a tenth of a short graded
 * script's CPU). A thread back from a pool holds nothing of it: the pool's queue, its size
 * and its stop flag are the pool's, and an interrupt from its shutdown is cleared on return.
 *
 * <p>Requests are <em>quick</em> (file-system calls, which on a warm disk finish well within a
 * loop turn) or not (CPU work such as {@code pbkdf2}, which takes as long as it takes). The
 * loop waits for quick work in flight before it looks at completions, which is what makes
 * {@code readFile}'s four round trips take exactly four turns, as they do on Node.
 */
public final class ThreadPool {
    /** Blocking work, run on a worker thread. It must not call into JavaScript. */
    @FunctionalInterface
    public interface Work {
        /** Does the work; returns whether its completion will run user code (for races). */
        boolean run();
    }

    private record Request(Callback then, Work work, boolean quick, long queuedAt) {}

    private final CompletionQueue completions;
    private final IntSupplier sizeOnFirstUse;
    /** Told on the loop thread when the first request starts the threads. */
    private final Runnable onStart;
    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    /** The lent threads still in this pool's work loop (shutdown interrupts only these). */
    private final List<Thread> workers = new ArrayList<>();
    private boolean started;
    private int size;
    private boolean stopped;
    /** Quick requests submitted so far (loop thread only). */
    private long quickSubmitted;

    /** Threads lent to pools, kept a minute when idle; daemons, so a process can end with them. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "looplab-pool");
        t.setDaemon(true);
        return t;
    });

    public ThreadPool(CompletionQueue completions, IntSupplier sizeOnFirstUse) {
        this(completions, sizeOnFirstUse, () -> { });
    }

    /** {@code onStart} runs on the loop thread when the first request starts the threads. */
    public ThreadPool(CompletionQueue completions, IntSupplier sizeOnFirstUse, Runnable onStart) {
        this.completions = completions;
        this.sizeOnFirstUse = sizeOnFirstUse;
        this.onStart = onStart;
    }

    /**
     * Queues {@code work}; when it is done, {@code then} is posted to the loop (loop thread
     * only). The caller traces the request's schedule event.
     */
    public void submit(Callback then, boolean quick, Work work) {
        if (!started() && !stopped) {
            // Read the size outside the lock: it may ask the script's process.env.
            int n = sizeOnFirstUse.getAsInt();
            synchronized (this) {
                if (!started) {
                    start(n);
                }
            }
            onStart.run();
        }
        then.quickOrder = quick ? ++quickSubmitted : 0;
        completions.begin(quick);
        synchronized (this) {
            queue.add(new Request(then, work, quick, System.nanoTime()));
            notify();
        }
    }

    /** The number of workers, or 0 before the first request. */
    public synchronized int size() {
        return size;
    }

    private synchronized boolean started() {
        return started;
    }

    private void start(int n) {
        started = true;
        size = Math.max(1, Math.min(1024, n));
        for (int i = 1; i <= size; i++) {
            int worker = i;
            THREADS.execute(() -> lend(worker));
        }
    }

    /** Runs worker {@code worker}'s loop on a lent thread, and gives the thread back clean. */
    private void lend(int worker) {
        Thread me = Thread.currentThread();
        synchronized (this) {
            if (stopped) {
                return;
            }
            workers.add(me);
        }
        me.setName("looplab-pool-" + worker);
        try {
            work(worker);
        } finally {
            synchronized (this) {
                workers.remove(me);
            }
            Thread.interrupted(); // a shutdown's interrupt belongs to this pool only
            me.setName("looplab-pool");
        }
    }

    private void work(int worker) {
        while (true) {
            Request r;
            synchronized (this) {
                while (queue.isEmpty() && !stopped) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        if (stopped) {
                            return;
                        }
                    }
                }
                if (stopped) {
                    return;
                }
                r = queue.poll();
            }
            long started = System.nanoTime();
            boolean reachesUser = true;
            try {
                reachesUser = r.work.run();
            } catch (RuntimeException | Error e) {
                // The work reports its own failures through its result; this is a looplab bug.
            }
            long ended = System.nanoTime();
            r.then.pool = new Callback.PoolStats(worker, (started - r.queuedAt) / 1e6, (ended - started) / 1e6);
            completions.post(r.then, r.quick, reachesUser);
        }
    }

    /** Stops the workers; work still queued is dropped (the process is ending). */
    public void shutdown() {
        synchronized (this) {
            stopped = true;
            queue.clear();
            notifyAll();
            for (Thread t : workers) {
                t.interrupt();
            }
        }
    }
}
