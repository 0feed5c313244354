package looplab.engine.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import looplab.engine.js.ScriptSource;
import looplab.engine.js.SharedEngine;
import looplab.engine.node.NodeRuntime;
import looplab.engine.node.RunOptions;
import looplab.engine.trace.TraceEvent;
import looplab.engine.trace.TraceSink;

/** Runs scripts in-process the way {@code looplab run} does, capturing what they print. */
public final class Runs {
    private Runs() {
    }

    /** What a run produced. */
    public record Result(int exitCode, String stdout, String stderr, List<TraceEvent> events) {}

    /** Runs {@code file} with its directory as cwd; {@code traced} collects trace events. */
    public static Result file(Path file, boolean traced) throws IOException {
        return run(new ScriptSource(file.getFileName().toString(), Files.readString(file),
                file.toAbsolutePath().toString()), file.toAbsolutePath().getParent(), traced, options -> options);
    }

    public static Result eval(String code, boolean traced) {
        return run(new ScriptSource("[eval]", code, Path.of("[eval]").toAbsolutePath().toString()),
                Path.of("").toAbsolutePath(), traced, options -> options);
    }

    public static Result run(ScriptSource source, Path cwd, boolean traced,
                             java.util.function.UnaryOperator<RunOptions> tweak) {
        return run(source, cwd, traced, tweak, null);
    }

    /** {@link #eval} in a fresh global of {@code engine}. */
    public static Result eval(String code, boolean traced, SharedEngine engine) {
        return run(new ScriptSource("[eval]", code, Path.of("[eval]").toAbsolutePath().toString()),
                Path.of("").toAbsolutePath(), traced, options -> options, engine);
    }

    /** A run on {@code engine}, or on an engine of its own when it is {@code null}. */
    public static Result run(ScriptSource source, Path cwd, boolean traced,
                             java.util.function.UnaryOperator<RunOptions> tweak, SharedEngine engine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        List<TraceEvent> events = new ArrayList<>();
        RunOptions options = RunOptions.defaults(outStream, errStream)
                .withArgv(List.of("node", source.absolutePath()));
        if (traced) {
            TraceSink sink = events::add;
            options = options.withSink(sink, false);
        }
        options = tweak.apply(options);
        NodeRuntime runtime = engine == null ? new NodeRuntime(options) : new NodeRuntime(options, engine);
        int code = runtime.run(source);
        outStream.flush();
        errStream.flush();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), events);
    }
}
