package looplab.lessons.grade;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import looplab.engine.js.SharedEngine;
import looplab.engine.node.NodeRuntime;
import looplab.engine.node.RunOptions;
import looplab.engine.trace.TraceEvent;
import looplab.engine.trace.TraceSink;
import looplab.lessons.run.Program;
import looplab.lessons.run.RunOutcome;
import looplab.lessons.run.SnippetRunner;

/**
 * A grading worker process: runs student scripts on its warm engine, {@code lanes} at a time
 * (its one argument; 1 by default), each in the scratch directory the grader made for it and a
 * fresh global of the one engine, and answers with the outcomes ({@link WorkerProtocol}). It
 * knows nothing of exercises; the grader judges.
 *
 * <p>One process with two lanes instead of two processes: the engine's start and its first
 * runs (Nashorn linking and compiling looplab's runtime, seconds of CPU) are paid once, and
 * every compiled piece of the runtime serves both lanes.
 *
 * <p>There is no warm-up program: a run that times out while the worker is cold (before it has
 * finished {@link #COLD_RUNS} runs, when a run pays Nashorn's first compilation of the paths it
 * takes) runs again, warm, and only that run counts: a script does not fail its time limit for
 * looplab's own start.
 *
 * <p>It runs with a heap cap and {@code -XX:+ExitOnOutOfMemoryError} ({@link WorkerPool}): a
 * script that eats the heap ends this process, and the grader runs again, each alone, the
 * scripts that were running in it, so a memory bomb costs only its own submission. A script
 * that cannot be stopped at its time limit ends it too, with exit code 124, and says first
 * whose run it was.
 */
public final class GradeWorker {
    /** One warm engine for every script: each runs in a fresh global of it, nothing shared but code. */
    private static final SharedEngine ENGINE = new SharedEngine();

    /** Runs that start before this many have finished may be paying the engine's first-run costs. */
    static final int COLD_RUNS = 4;

    /** The exit code when a timed-out script could not be unwound. */
    static final int UNRESPONSIVE = 124;

    private GradeWorker() {
    }

    public static void main(String[] args) throws Exception {
        int lanes = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        // The protocol owns the real stdout; anything else printing goes to stderr.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        watchMemory(protocol);
        ExecutorService pool = Executors.newFixedThreadPool(lanes, r -> {
            Thread t = new Thread(r, "looplab-lane");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger finished = new AtomicInteger();
        send(protocol, WorkerProtocol.READY);
        for (String line; (line = in.readLine()) != null; ) {
            List<String> fields = WorkerProtocol.split(line);
            if (fields.get(0).equals(WorkerProtocol.RUN)) {
                WorkerProtocol.Request request = WorkerProtocol.Request.parse(fields);
                pool.execute(() -> {
                    try {
                        send(protocol, answer(request, protocol, finished.get() < COLD_RUNS));
                        finished.incrementAndGet();
                    } catch (Throwable e) {
                        // As an error out of main ended the one-lane worker: it dies saying why,
                        // and the grader finds out whose run it was.
                        e.printStackTrace();
                        Runtime.getRuntime().halt(1);
                    }
                });
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    /**
     * The answer to one request, every line of it, sent as one piece: lanes answer in any order,
     * and the grader reads the lines after {@code ANSWER id} as that request's.
     *
     * @param cold whether the engine may still be paying its first-run costs: a run that times
     *             out then runs again, warm, and only that run counts
     */
    private static String answer(WorkerProtocol.Request request, PrintStream protocol, boolean cold) {
        StringBuilder answer = new StringBuilder(WorkerProtocol.join(WorkerProtocol.ANSWER, request.id())).append('\n');
        List<RunOutcome> outcomes;
        try {
            Path dir = Path.of(request.dir());
            // As node reads a file: UTF-8, anything malformed replaced, never an error.
            String code = new String(Files.readAllBytes(dir.resolve(request.name())), StandardCharsets.UTF_8);
            Program program = new Program(request.name(), code, List.of(), Duration.ofMillis(request.timeoutMillis()));
            SnippetRunner runner = new SnippetRunner(runtimes(protocol, request.id()));
            outcomes = runner.explore(program, dir);
            if (cold && outcomes.stream().anyMatch(RunOutcome::timedOut)) {
                outcomes = runner.explore(program, dir);
            }
        } catch (Exception e) {
            return answer.append(WorkerProtocol.join(WorkerProtocol.FAIL, String.valueOf(e))).toString();
        }
        for (RunOutcome o : outcomes) {
            for (String l : WorkerProtocol.encode(o)) {
                answer.append(l).append('\n');
            }
        }
        return answer.append(WorkerProtocol.DONE).toString();
    }

    /**
     * Runtimes for the runner: each announces its run to the grader (whose watchdog waits for
     * one run at a time), and a run that cannot be stopped ends the process, saying first why
     * it likely could not be: an output flood, a heap nearly full (the garbage collector then
     * leaves the script no time to unwind), or just code that does not return.
     */
    private static Function<RunOptions, NodeRuntime> runtimes(PrintStream protocol, String id) {
        return options -> {
            send(protocol, WorkerProtocol.join(WorkerProtocol.START, id));
            long[] chars = {0};
            TraceSink inner = options.sink();
            TraceSink counting = event -> {
                if (event instanceof TraceEvent.Output o) {
                    chars[0] += o.text().length() + 1;
                }
                inner.accept(event);
            };
            NodeRuntime runtime = new NodeRuntime(options.withSink(counting, options.verbose()), ENGINE);
            runtime.onUnresponsive(message -> {
                Runtime rt = Runtime.getRuntime();
                double used = (double) (rt.totalMemory() - rt.freeMemory()) / rt.maxMemory();
                String why = chars[0] >= options.outputLimit() ? WorkerProtocol.GONE_FLOOD
                        : used > 0.85 ? WorkerProtocol.GONE_MEMORY : WorkerProtocol.GONE_STUCK;
                send(protocol, WorkerProtocol.join(WorkerProtocol.GONE, why, id));
                rt.halt(UNRESPONSIVE);
            });
            return runtime;
        };
    }

    /**
     * A script whose live data stays above nine tenths of the heap after a full collection is a
     * memory bomb: the worker ends at once with the out-of-memory exit code. Waiting for the
     * JVM's own OutOfMemoryError lets the collector thrash for seconds first, and the bomb
     * would be reported as a timeout. Armed on the old generation (the pool
     * with the largest maximum), whose use after a collection is the live set. Which lane's
     * script it was is not known here: the grader runs the scripts that were running again,
     * each alone.
     */
    private static void watchMemory(PrintStream protocol) {
        java.lang.management.MemoryPoolMXBean old = null;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && pool.getUsage().getMax() > 0
                    && (old == null || pool.getUsage().getMax() > old.getUsage().getMax())) {
                old = pool;
            }
        }
        if (old == null) {
            return; // the JVM's own out-of-memory exit remains
        }
        old.setCollectionUsageThreshold((long) (old.getUsage().getMax() * 0.9));
        ((javax.management.NotificationEmitter) java.lang.management.ManagementFactory.getMemoryMXBean())
                .addNotificationListener((notification, handback) -> {
                    if (java.lang.management.MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED
                            .equals(notification.getType())) {
                        send(protocol, WorkerProtocol.join(WorkerProtocol.GONE, WorkerProtocol.GONE_MEMORY));
                        Runtime.getRuntime().halt(WorkerPool.OUT_OF_MEMORY);
                    }
                }, null, null);
    }

    private static void send(PrintStream protocol, String text) {
        synchronized (protocol) {
            protocol.print(text);
            protocol.print('\n');
            protocol.flush();
        }
    }
}
