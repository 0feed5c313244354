import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import looplab.engine.js.ScriptSource;
import looplab.engine.js.SharedEngine;
import looplab.engine.node.NodeRuntime;
import looplab.engine.node.RunOptions;

/**
 * Runs one snippet many times in-process, as grading does, and prints ms per run:
 *   java -cp shell/target/looplab.jar bench/FreshGlobalBench.java FILE [RUNS] [NEW_ENGINE_RUNS]
 * Figures: a new engine per run (what `looplab run` does; NEW_ENGINE_RUNS of them); one
 * shared engine, a fresh global per run, sequentially and on two threads, each run a different
 * program as submissions are (the snippet with a comment of its own appended, so nothing
 * compiled for one run serves the next); and the very same program again and again (re-runs
 * of a reference solution, or of one program with a race decided the other way). Each run's
 * stdout must equal the first new-engine run's, or it is counted as wrong. cpu/run is the
 * whole process's CPU time (JIT and GC threads included) divided by the runs.
 */
public class FreshGlobalBench {
    record Figures(String name, int runs, double[] ms, double wallMs, double cpuMs, int wrong) {}

    /** The snippet as submission number {@code i}: the same program, a different text. */
    static ScriptSource submission(ScriptSource s, int i) {
        return new ScriptSource(s.name(), s.code() + "\n// submission " + i + "\n", s.absolutePath());
    }

    static final AtomicInteger SUBMISSIONS = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int newRuns = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ScriptSource source = new ScriptSource(file.getFileName().toString(), Files.readString(file), file.toString());

        long t0 = System.nanoTime();
        String expected = runOnce(source, null);
        double firstNew = (System.nanoTime() - t0) / 1e6;
        Figures fresh = measure("new engine per run", newRuns, 1, source, true, expected, () -> null);

        t0 = System.nanoTime();
        SharedEngine shared = new SharedEngine();
        double engineMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        runOnce(source, shared);
        double firstShared = (System.nanoTime() - t0) / 1e6;
        // Warm-up: let the JIT see the runtime's code (grading runs for minutes).
        measure("warm-up", Math.max(20, runs / 2), 2, source, true, expected, () -> shared);
        Figures seq = measure("shared, 1 thread", runs, 1, source, true, expected, () -> shared);
        Figures par = measure("shared, 2 threads", runs, 2, source, true, expected, () -> shared);
        Figures same = measure("shared, 1 thread, re-runs", runs, 1, source, false, expected, () -> shared);
        Figures same2 = measure("shared, 2 threads, re-runs", runs, 2, source, false, expected, () -> shared);

        System.out.printf("%s (%d lines), %d cores, load %s%n", file.getFileName(),
                source.code().split("\n").length, Runtime.getRuntime().availableProcessors(), load());
        System.out.printf("first run, new engine %.0f ms; new SharedEngine %.0f ms, its first run %.0f ms%n",
                firstNew, engineMs, firstShared);
        System.out.printf("%-28s %6s %9s %9s %9s %10s %6s%n", "figure", "runs", "median", "p90", "cpu/run", "runs/s", "wrong");
        for (Figures f : List.of(fresh, seq, par, same, same2)) {
            double[] ms = f.ms().clone();
            Arrays.sort(ms);
            System.out.printf("%-28s %6d %7.1fms %7.1fms %7.1fms %10.1f %6d%n", f.name(), f.runs(),
                    ms[ms.length / 2], ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.9) - 1)],
                    f.cpuMs() / f.runs(), f.runs() * 1000.0 / f.wallMs(), f.wrong());
        }
    }

    static Figures measure(String name, int runs, int threads, ScriptSource source, boolean distinct, String expected,
                           java.util.function.Supplier<SharedEngine> engine) throws Exception {
        double[] ms = new double[runs];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < runs; ) {
                    long s = System.nanoTime();
                    String out = runOnce(distinct ? submission(source, SUBMISSIONS.incrementAndGet()) : source, engine.get());
                    ms[i] = (System.nanoTime() - s) / 1e6;
                    if (!out.equals(expected)) {
                        wrong.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        double cpu = (cpuNanos() - cpu0) / 1e6;
        pool.shutdown();
        return new Figures(name, runs, ms, wall, cpu, wrong.get());
    }

    static String runOnce(ScriptSource source, SharedEngine shared) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        RunOptions options = RunOptions.defaults(ps, ps).withArgv(List.of("node", source.absolutePath()));
        NodeRuntime rt = shared == null ? new NodeRuntime(options) : new NodeRuntime(options, shared);
        int code = rt.run(source);
        return code + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
