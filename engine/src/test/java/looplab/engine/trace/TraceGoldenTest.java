package looplab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import looplab.engine.js.ScriptSource;
import looplab.engine.node.NodeRuntime;
import looplab.engine.node.RunOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for both trace renderers, in the style of Node's {@code test/message}: every
 * puzzle's text trace and JSON trace, with times and pool worker numbers masked (which idle
 * worker takes a request is up to the threads, on Node too). Run with
 * {@code -Dgolden.update=true} to rewrite the files, then review the diff.
 */
class TraceGoldenTest {
    private static final Path PUZZLES = Path.of("src/test/resources/puzzles");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> puzzles() throws IOException {
        try (Stream<Path> files = Files.list(PUZZLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void textTraceMatchesGolden(String name) throws IOException {
        String text = render(name, out -> new TextTraceRenderer(out, TextStyle.PLAIN, false));
        compare(name + ".trace.txt", maskText(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void jsonTraceMatchesGolden(String name) throws IOException {
        String json = render(name, JsonTraceRenderer::new);
        compare(name + ".trace.jsonl", maskJson(json));
    }

    private static String render(String name, java.util.function.Function<PrintStream, TraceSink> sinkFor)
            throws IOException {
        Path file = PUZZLES.resolve(name + ".js");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        RunOptions options = RunOptions.defaults(ps, new PrintStream(new ByteArrayOutputStream()))
                .withArgv(List.of("node", file.toAbsolutePath().toString()))
                .withSink(sinkFor.apply(ps), false);
        new NodeRuntime(options).run(new ScriptSource(name + ".js", Files.readString(file),
                file.toAbsolutePath().toString()));
        return out.toString(StandardCharsets.UTF_8);
    }

    static String maskText(String text) {
        return text.replaceAll("\\d+\\.\\dms", "*ms").replaceAll("─+ t=", "── t=")
                .replaceAll("· worker \\d+,", "· worker *,");
    }

    static String maskJson(String json) {
        return json.replaceAll("\"(t|queuedMs|ranMs)\":[0-9.E-]+", "\"$1\":*")
                .replaceAll("\"worker\":\\d+", "\"worker\":*");
    }

    private static void compare(String golden, String actual) throws IOException {
        Path file = GOLDEN.resolve(golden);
        if (UPDATE || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError("no golden file yet; wrote " + file + " - review and commit it");
            }
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, golden);
    }
}
