package looplab.shell.cli;

import java.io.PrintStream;
import java.time.Duration;
import looplab.engine.node.RunOptions;
import looplab.engine.trace.JsonTraceRenderer;
import looplab.engine.trace.TextTraceRenderer;
import picocli.CommandLine.Option;

/** The options every command that runs code shares: trace, clock, timeout, thread pool. */
public final class TraceOptions {

    enum Trace { text, verbose, json, off }

    enum ClockKind { virtual, real }

    @Option(names = "--trace", paramLabel = "MODE", defaultValue = "text",
            description = "text (default), verbose, json or off. off prints exactly what `node` prints.")
    Trace trace;

    @Option(names = "--clock", paramLabel = "KIND", defaultValue = "virtual",
            description = "virtual (default): idle waits are skipped, a 5 s timer fires at once but is "
                    + "reported at t=5000ms; real: wait for real.")
    ClockKind clock;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop the run after this wall-clock time (500ms, 5s, 2m; a bare number is seconds); exit 124.")
    Duration timeout;

    @Option(names = "--threadpool", paramLabel = "N",
            description = "Thread pool size (default 4, or UV_THREADPOOL_SIZE).")
    Integer threadpool;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Confine every fs call and file require to DIR (symlinks followed); "
                    + "anything outside fails with EACCES.")
    java.nio.file.Path root;

    @Option(names = "--debug", description = "Show Java stack traces of looplab's own failures.")
    boolean debug;

    RunOptions apply(RunOptions base, PrintStream out) {
        RunOptions o = base.withClock(clock == ClockKind.real).withTimeout(timeout);
        int pool = threadpool != null ? threadpool : envPoolSize();
        if (pool < 1 || pool > 1024) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--threadpool must be between 1 and 1024");
        }
        o = o.withThreadpool(pool);
        if (root != null) {
            if (!java.nio.file.Files.isDirectory(root)) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--root: not a directory: " + root);
            }
            o = o.withRoot(root.toAbsolutePath());
        }
        return switch (trace) {
            case off -> o;
            case json -> o.withSink(new JsonTraceRenderer(out), false);
            case text -> o.withSink(new TextTraceRenderer(out, AnsiStyle.forStdout(), false), false);
            case verbose -> o.withSink(new TextTraceRenderer(out, AnsiStyle.forStdout(), true), true);
        };
    }

    private static int envPoolSize() {
        String v = System.getenv("UV_THREADPOOL_SIZE");
        if (v != null) {
            try {
                return Math.max(1, Math.min(1024, Integer.parseInt(v.trim())));
            } catch (NumberFormatException ignored) {
                // Node ignores a malformed value too.
            }
        }
        return 4;
    }
}
