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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import looplab.engine.trace.JsonReader;
import looplab.engine.testing.Runs;
import looplab.engine.trace.TraceEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own event-loop puzzles against what real Node 20 did with them. Each
 * {@code puzzles/NAME.js} comes with Node's recorded stdout, exit code and per-line sources
 * ({@code NAME.node.stdout}, {@code NAME.node.exit}, {@code NAME.expected.jsonl}, made by the
 * Node oracle); the comparison needs no {@code node}. When {@code node} is installed, a second
 * test also runs it live.
 */
class PuzzleParityTest {
    static final Path DIR = Path.of("src/test/resources/puzzles");
    private static final Set<String> PHASE_NAMED_SOURCES = Set.of("timers", "pending", "poll", "check", "close");

    static Stream<String> puzzles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".js"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void stdoutAndExitCodeMatchNode(String name) throws IOException {
        Runs.Result off = Runs.file(DIR.resolve(name + ".js"), false);
        assertEquals(read(name + ".node.stdout"), off.stdout(), "stdout of " + name);
        assertEquals(Integer.parseInt(read(name + ".node.exit").trim()), off.exitCode(), "exit code of " + name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void everyLineIsLabelledWithTheSourceNodeRanItFrom(String name) throws IOException {
        Runs.Result traced = Runs.file(DIR.resolve(name + ".js"), true);
        List<String> expected = new ArrayList<>();
        for (String line : read(name + ".expected.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> record = JsonReader.object(line);
            if ("output".equals(record.get("type"))) {
                // looplab leaves out Node's "(node:PID) " prefix on warnings, as DESIGN.md says.
                String text = String.valueOf(record.get("text")).replaceFirst("^\\(node:\\d+\\) ", "");
                expected.add(record.get("stream") + " " + record.get("source") + " " + text);
            }
        }
        List<String> actual = new ArrayList<>();
        TraceEvent.CallbackStarted latest = null;
        for (TraceEvent e : traced.events()) {
            if (e instanceof TraceEvent.CallbackStarted cb) {
                latest = cb;
                assertSourceFitsPhase(cb.source(), cb.phase(), name);
            } else if (e instanceof TraceEvent.Output out) {
                actual.add(out.stream() + " " + out.source() + " " + out.text());
                assertSourceFitsPhase(out.source(), out.phase(), name);
                if (!out.source().equals("main")) {
                    assertTrue(latest != null && latest.source().equals(out.source())
                            && latest.phase().equals(out.phase()), name + ": '" + out.text()
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
        assertEquals(expected, actual, "labelled lines of " + name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("puzzles")
    void liveNodePrintsTheSame(String name) throws Exception {
        assumeTrue(nodeAvailable(), "node is not installed");
        Process p = new ProcessBuilder("node", name + ".js").directory(DIR.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String nodeOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        // Timer puzzles keep 50-100 ms between due times; a heavily loaded machine can still
        // make Node itself run late. Then the live run says nothing about looplab: skip it.
        assumeTrue(nodeOut.equals(read(name + ".node.stdout")),
                "live node differed from its own recording (machine under load?)");
        Runs.Result off = Runs.file(DIR.resolve(name + ".js"), false);
        assertEquals(nodeOut, off.stdout(), "stdout of " + name + " against live node");
    }

    private static void assertSourceFitsPhase(String source, String phase, String name) {
        if (PHASE_NAMED_SOURCES.contains(source)) {
            assertEquals(source, phase, name + ": a " + source + " callback outside its phase");
        } else if (source.equals("main")) {
            assertTrue(phase.equals("main") || phase.equals("exit"), name + ": main code in phase " + phase);
        }
    }

    static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    }
}
