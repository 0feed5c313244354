package looplab.engine.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private int size;
    private boolean stopped;

    public ThreadPool(CompletionQueue completions, IntSupplier sizeOnFirstUse) {
        this.completions = completions;
        this.sizeOnFirstUse = sizeOnFirstUse;
    }

    /**
     * Queues {@code work}; when it is done, {@code then} is posted to the loop (loop thread
     * only). The caller traces the request's schedule event.
     */
    public void submit(Callback then, boolean quick, Work work) {
        if (workers.isEmpty() && !stopped) {
            // Read the size outside the lock: it may ask the script's process.env.
            int n = sizeOnFirstUse.getAsInt();
            synchronized (this) {
                if (workers.isEmpty()) {
                    start(n);
                }
            }
        }
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

    private void start(int n) {
        size = Math.max(1, Math.min(1024, n));
        for (int i = 1; i <= size; i++) {
            int worker = i;
            Thread t = new Thread(() -> work(worker), "looplab-pool-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
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
        }
        for (Thread t : workers) {
            t.interrupt();
        }
    }
}
