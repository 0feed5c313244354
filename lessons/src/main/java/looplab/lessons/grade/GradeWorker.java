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
 * A grading worker process: runs one student script after another on its warm engine, each in
 * the scratch directory the grader made for it, and answers with the outcomes
 * ({@link WorkerProtocol}). It knows nothing of exercises; the grader judges.
 *
 * <p>It runs with a heap cap and {@code -XX:+ExitOnOutOfMemoryError} ({@link WorkerPool}): a
 * script that eats the heap ends this process, and the grader records "memory limit exceeded"
 * for that script and starts another worker. A script that cannot be stopped at its time limit
 * ends it too, with exit code 124.
 */
public final class GradeWorker {
    /** One warm engine for every script: each runs in a fresh global of it, nothing shared but code. */
    private static final SharedEngine ENGINE = new SharedEngine();

    /** The exit code when a timed-out script could not be unwound. */
    static final int UNRESPONSIVE = 124;

    private GradeWorker() {
    }

    public static void main(String[] args) throws Exception {
        // The protocol owns the real stdout; anything else printing goes to stderr.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        SnippetRunner runner = new SnippetRunner(runtimes(protocol));
        warmUp(runner);
        watchMemory(protocol);
        send(protocol, WorkerProtocol.READY);
        for (String line; (line = in.readLine()) != null; ) {
            List<String> fields = WorkerProtocol.split(line);
            if (!fields.get(0).equals(WorkerProtocol.RUN)) {
                continue;
            }
            WorkerProtocol.Request request = WorkerProtocol.Request.parse(fields);
            List<RunOutcome> outcomes;
            try {
                Path dir = Path.of(request.dir());
                // As node reads a file: UTF-8, anything malformed replaced, never an error.
                String code = new String(Files.readAllBytes(dir.resolve(request.name())), StandardCharsets.UTF_8);
                Program program = new Program(request.name(), code, List.of(),
                        Duration.ofMillis(request.timeoutMillis()));
                outcomes = runner.explore(program, dir);
            } catch (Exception e) {
                send(protocol, WorkerProtocol.join(WorkerProtocol.FAIL, String.valueOf(e)));
                continue;
            }
            StringBuilder answer = new StringBuilder();
            for (RunOutcome o : outcomes) {
                for (String l : WorkerProtocol.encode(o)) {
                    answer.append(l).append('\n');
                }
            }
            answer.append(WorkerProtocol.DONE);
            send(protocol, answer.toString());
        }
    }

    /**
     * Runtimes for the runner: each announces its run to the grader (whose watchdog waits for
     * one run at a time), and a run that cannot be stopped ends the process, saying first why
     * it likely could not be: an output flood, a heap nearly full (the garbage collector then
     * leaves the script no time to unwind), or just code that does not return.
     */
    private static Function<RunOptions, NodeRuntime> runtimes(PrintStream protocol) {
        return options -> {
            send(protocol, WorkerProtocol.START);
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
                send(protocol, WorkerProtocol.join(WorkerProtocol.GONE, why));
                rt.halt(UNRESPONSIVE);
            });
            return runtime;
        };
    }

    /**
     * Small programs through the paths scripts commonly take — every queue, fs, an uncaught
     * error's report, a rejection, a syntax error — before the first real one, so Nashorn's
     * first compilation of looplab's own code is not charged to a student's time limit. Not
     * the lowering of modern syntax: Closure's start takes seconds, is paid only by a worker
     * that meets such a script, and falls before the script's limit starts anyway.
     */
    private static void warmUp(SnippetRunner runner) {
        String[] programs = {
            """
            const order = [];
            setTimeout(() => order.push('timeout'), 0);
            setImmediate(() => order.push('immediate'));
            process.nextTick(() => order.push('tick'));
            Promise.resolve().then(() => order.push('promise'));
            queueMicrotask(() => order.push('micro'));
            Promise.resolve().then(() => { console.log(order.join(' '), [1, {a: 2}]); console.error('e'); });
            """,
            "const fs = require('fs'); fs.readFileSync(__filename, 'utf8');"
                    + " fs.readFile(__filename, () => setImmediate(() => console.log('io')));",
            "console.log('a'); null.x;",
            "Promise.reject(new Error('r'));",
            "console.log('a'",
            "process.exitCode = 3; for (let i = 0; i < 1000; i++) process.stdout.write(String(i));",
        };
        for (String code : programs) {
            runner.run(new Program("warm-up.js", code, List.of(), Duration.ofSeconds(60)), List.of());
        }
    }

    /**
     * A script whose live data stays above nine tenths of the heap after a full collection is a
     * memory bomb: the worker ends at once with the out-of-memory exit code. Waiting for the
     * JVM's own OutOfMemoryError lets the collector thrash for seconds first, and the bomb
     * would be reported as a timeout. Armed after the warm-up, on the old generation (the pool
     * with the largest maximum), whose use after a collection is the live set.
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
