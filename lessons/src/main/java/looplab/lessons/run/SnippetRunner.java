package looplab.lessons.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import looplab.engine.js.ScriptSource;
import looplab.engine.loop.RaceChoices;
import looplab.engine.node.NodeRuntime;
import looplab.engine.node.RunOptions;
import looplab.lessons.model.SupportFile;

/**
 * Runs lesson and exercise programs the way {@code looplab run} does — virtual clock, sandboxed,
 * confined to a scratch directory holding the program's support files — and reads the outcome
 * off the trace. {@link #explore} re-runs a program with every race decided each way, which is
 * how a lesson knows every order Node can print.
 */
public final class SnippetRunner {
    /** Enough for any lesson; a program printing more is cut, as the grader's output cap does. */
    public static final long OUTPUT_LIMIT = 64 * 1024;
    /** Distinct race decisions explored per program; lessons meet one or two races. */
    public static final int MAX_RUNS = 16;

    private final Function<RunOptions, NodeRuntime> runtimes;

    /** With a fresh engine per run. */
    public SnippetRunner() {
        this(NodeRuntime::new);
    }

    /**
     * With one warm engine shared by every run, each in a fresh global: what lessons and checks
     * use, since a new engine per run costs a second and a fresh global a few milliseconds.
     */
    public static SnippetRunner warm() {
        looplab.engine.js.SharedEngine engine = new looplab.engine.js.SharedEngine();
        SnippetRunner runner = new SnippetRunner(options -> new NodeRuntime(options, engine));
        // Nashorn compiles the runtime's functions on first use; a first program would pay for
        // that out of its own time limit. Pay it here, without one.
        runner.run(new Program("warm-up.js", WARM_UP, List.of(), java.time.Duration.ofMinutes(5)), List.of());
        return runner;
    }

    private static final String WARM_UP = "console.log('x', [1], { a: 1 }); setTimeout(() => {}, 1);"
            + " setImmediate(() => {}); process.nextTick(() => {}); Promise.resolve().then(() => {});";

    /** With runtimes made by {@code runtimes} (one warm engine shared by all runs, say). */
    public SnippetRunner(Function<RunOptions, NodeRuntime> runtimes) {
        this.runtimes = runtimes;
    }

    /** One run, races decided by {@code choices} (the default way where it gives no answer). */
    public RunOutcome run(Program program, List<Boolean> choices) {
        Path dir = scratch(program);
        try {
            return run(program, choices, dir);
        } finally {
            delete(dir);
        }
    }

    /** One run in {@code dir}, which already holds the program's files. */
    public RunOutcome run(Program program, List<Boolean> choices, Path dir) {
        Path file = dir.resolve(program.name());
        TraceCollector collector = new TraceCollector();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(diagnostics, true, StandardCharsets.UTF_8);
        RaceChoices races = new RaceChoices(choices);
        RunOptions options = RunOptions.defaults(sink, sink)
                .withSink(collector, false)
                .withTimeout(program.timeout())
                .withArgv(List.of("node", file.toString()))
                .withEnv(Map.of())
                .withCwd(dir)
                .withRoot(dir)
                .withOutputLimit(OUTPUT_LIMIT)
                .withRaces(races);
        NodeRuntime runtime = runtimes.apply(options);
        int code = runtime.run(new ScriptSource(program.name(), program.code(), file.toString()));
        return collector.outcome(races.taken(), code, code == 124 && collector.timedOut());
    }

    /**
     * Every order Node can print for {@code program}: the first run takes the default answer at
     * each race, then each answer is flipped in turn (depth first, at most {@link #MAX_RUNS}
     * runs). Outcomes with the same output lines are kept once, the default's first.
     */
    public List<RunOutcome> explore(Program program) {
        Path dir = scratch(program);
        try {
            return explore(program, dir);
        } finally {
            delete(dir);
        }
    }

    /**
     * {@link #explore(Program)} in {@code dir}, which already holds the program's files (a
     * grader's scratch copy of an exercise's directory); the caller deletes it.
     */
    public List<RunOutcome> explore(Program program, Path dir) {
        List<RunOutcome> distinct = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        Deque<List<Boolean>> todo = new ArrayDeque<>();
        todo.push(List.of());
        int runs = 0;
        while (!todo.isEmpty() && runs < MAX_RUNS) {
            List<Boolean> forced = todo.pop();
            RunOutcome outcome = run(program, forced, dir);
            runs++;
            restore(program, dir);
            if (seen.add(key(outcome))) {
                distinct.add(outcome);
            }
            List<Boolean> taken = outcome.choices();
            for (int i = taken.size() - 1; i >= forced.size(); i--) {
                List<Boolean> flipped = new ArrayList<>(taken.subList(0, i));
                flipped.add(!taken.get(i));
                todo.push(flipped);
            }
        }
        return distinct;
    }

    private static List<String> key(RunOutcome outcome) {
        return outcome.lines().stream().map(l -> l.stream() + ":" + l.text()).toList();
    }

    private static Path scratch(Program program) {
        try {
            Path dir = Files.createTempDirectory("looplab-run").toRealPath();
            restore(program, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch directory: " + e.getMessage(), e);
        }
    }

    /** Writes the support files (again, in case a run changed them). */
    private static void restore(Program program, Path dir) {
        try {
            for (SupportFile f : program.files()) {
                Path target = dir.resolve(f.name());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a support file: " + e.getMessage(), e);
        }
    }

    /** Deletes a scratch directory; symbolic links are removed, never followed. */
    public static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temp file left behind is not worth failing a lesson for
                }
            });
        } catch (IOException ignored) {
            // likewise
        }
    }
}
