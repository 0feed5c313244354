package looplab.engine.node;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import looplab.engine.loop.RaceChoices;
import looplab.engine.trace.TraceSink;

/**
 * Everything a run needs besides the script.
 *
 * @param sink        where trace events go, or {@code null} for {@code --trace=off}
 * @param verbose     {@code --trace=verbose}
 * @param realClock   {@code --clock=real}
 * @param timeout     wall-clock limit, or {@code null}
 * @param threadpool  pool size
 * @param argv        {@code process.argv} as Node would build it
 * @param env         {@code process.env}
 * @param cwd         {@code process.cwd()}
 * @param out         the program's stdout when the trace is off
 * @param err         the program's stderr, and looplab's own diagnostics
 * @param outputLimit characters of program output passed on before it is cut
 * @param races       answers for the races met, for re-runs that explore other orders
 * @param root        {@code --root}: the directory fs calls and file requires are confined to,
 *                    or {@code null} for unrestricted
 */
public record RunOptions(TraceSink sink, boolean verbose, boolean realClock, Duration timeout,
                         int threadpool, List<String> argv, Map<String, String> env, Path cwd,
                         PrintStream out, PrintStream err, long outputLimit, RaceChoices races,
                         Path root) {

    /** Defaults for tests and embedders: trace off, virtual clock, no timeout. */
    public static RunOptions defaults(PrintStream out, PrintStream err) {
        return new RunOptions(null, false, false, null, 4, List.of("node"), Map.of(),
                Path.of("").toAbsolutePath(), out, err, Long.MAX_VALUE, new RaceChoices(), null);
    }

    public RunOptions withSink(TraceSink s, boolean verboseTrace) {
        return new RunOptions(s, verboseTrace, realClock, timeout, threadpool, argv, env, cwd, out, err,
                outputLimit, races, root);
    }

    public RunOptions withTimeout(Duration t) {
        return new RunOptions(sink, verbose, realClock, t, threadpool, argv, env, cwd, out, err,
                outputLimit, races, root);
    }

    public RunOptions withArgv(List<String> a) {
        return new RunOptions(sink, verbose, realClock, timeout, threadpool, a, env, cwd, out, err,
                outputLimit, races, root);
    }

    public RunOptions withClock(boolean real) {
        return new RunOptions(sink, verbose, real, timeout, threadpool, argv, env, cwd, out, err,
                outputLimit, races, root);
    }

    public RunOptions withEnv(Map<String, String> e) {
        return new RunOptions(sink, verbose, realClock, timeout, threadpool, argv, e, cwd, out, err,
                outputLimit, races, root);
    }

    public RunOptions withThreadpool(int n) {
        return new RunOptions(sink, verbose, realClock, timeout, n, argv, env, cwd, out, err,
                outputLimit, races, root);
    }

    public RunOptions withRaces(RaceChoices r) {
        return new RunOptions(sink, verbose, realClock, timeout, threadpool, argv, env, cwd, out, err,
                outputLimit, r, root);
    }

    public RunOptions withOutputLimit(long chars) {
        return new RunOptions(sink, verbose, realClock, timeout, threadpool, argv, env, cwd, out, err,
                chars, races, root);
    }

    public RunOptions withRoot(Path dir) {
        return new RunOptions(sink, verbose, realClock, timeout, threadpool, argv, env, cwd, out, err,
                outputLimit, races, dir);
    }

    public RunOptions withCwd(Path dir) {
        return new RunOptions(sink, verbose, realClock, timeout, threadpool, argv, env, dir, out, err,
                outputLimit, races, root);
    }
}
