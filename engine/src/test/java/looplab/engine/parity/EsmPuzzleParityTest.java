package looplab.engine.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import looplab.engine.trace.JsonReader;
import looplab.engine.testing.Runs;
import looplab.engine.trace.TraceEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ES module puzzles against Node 20's recording ({@code /work/shared/tools/record-corpus.sh}
 * run on {@code esm-puzzles/} with the puzzles named): each top-level {@code .mjs} or
 * {@code .js} file is a program, its helper modules live in {@code lib/}. The recorder names
 * the fixtures of {@code x.mjs} {@code x.mjs.node.stdout} and those of {@code y.js}
 * {@code y.node.stdout}. Stdout and exit code must be Node's, every line labelled with the
 * source Node ran it from, and a crash must carry Node's headline on stderr.
 */
class EsmPuzzleParityTest {
    static final Path DIR = Path.of("src/test/resources/esm-puzzles");

    static Stream<String> puzzles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".mjs") || n.endsWith(".js"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static String fixture(String file, String suffix) throws IOException {
        String base = file.endsWith(".js") ? file.substring(0, file.length() - 3) : file;
        return Files.readString(DIR.resolve(base + suffix), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void stdoutAndExitCodeMatchNode(String file) throws IOException {
        Runs.Result off = Runs.file(DIR.resolve(file), false);
        assertEquals(fixture(file, ".node.stdout"), off.stdout(), "stdout of " + file + "\n" + off.stderr());
        assertEquals(Integer.parseInt(fixture(file, ".node.exit").trim()), off.exitCode(), "exit code of " + file);
        for (String line : fixture(file, ".expected.jsonl").split("\n")) {
            Map<String, Object> record = line.isBlank() ? Map.of() : JsonReader.object(line);
            if ("fatal".equals(record.get("type"))) {
                // The recording's paths are the recording machine's (.../esm-puzzles/...).
                String message = withoutDir(String.valueOf(record.get("message")));
                String stderr = withoutDir(off.stderr());
                assertTrue(stderr.contains(record.get("name") + ": " + message)
                        || stderr.contains(record.get("name") + " [") && stderr.contains("]: " + message),
                        "Node's " + record.get("name") + ": " + message + " in\n" + off.stderr());
            }
        }
    }

    private static String withoutDir(String text) {
        return text.replaceAll("/[^ '\"\n]*/esm-puzzles/", "<dir>/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void everyLineIsLabelledWithTheSourceNodeRanItFrom(String file) throws IOException {
        Runs.Result traced = Runs.file(DIR.resolve(file), true);
        List<String> expected = new ArrayList<>();
        for (String line : fixture(file, ".expected.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> record = JsonReader.object(line);
            if ("output".equals(record.get("type"))) {
                expected.add(record.get("stream") + " " + record.get("source") + " " + record.get("text"));
            }
        }
        List<String> actual = new ArrayList<>();
        TraceEvent.CallbackStarted latest = null;
        for (TraceEvent e : traced.events()) {
            if (e instanceof TraceEvent.CallbackStarted cb) {
                latest = cb;
            } else if (e instanceof TraceEvent.Output out) {
                actual.add(out.stream() + " " + out.source() + " " + out.text());
                if (!out.source().equals("main")) {
                    assertTrue(latest != null && latest.source().equals(out.source())
                            && latest.phase().equals(out.phase()), file + ": '" + out.text()
                            + "' is not labelled like the callback before it");
                }
            }
        }
        boolean crashed = traced.events().stream().anyMatch(e -> e instanceof TraceEvent.Fatal);
        if (crashed && actual.size() > expected.size()) {
            // Node prints its fatal report from C++: it is not a recorded line.
            assertTrue(actual.subList(expected.size(), actual.size()).stream().allMatch(s -> s.startsWith("stderr")));
            actual = actual.subList(0, expected.size());
        }
        assertEquals(expected, actual, "labelled lines of " + file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void liveNodePrintsTheSame(String file) throws Exception {
        assumeTrue(PuzzleParityTest.nodeAvailable(), "node is not installed");
        Process p = new ProcessBuilder("node", file).directory(DIR.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String nodeOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assumeTrue(nodeOut.equals(fixture(file, ".node.stdout")), "live node differed from its own recording");
        assertEquals(nodeOut, Runs.file(DIR.resolve(file), false).stdout(), "stdout of " + file + " against live node");
    }
}
