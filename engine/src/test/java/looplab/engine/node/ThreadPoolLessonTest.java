package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import looplab.engine.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classic thread-pool lesson as a golden trace ({@code pool/NAME.expected.txt}): five
 * {@code crypto.pbkdf2} calls on four workers — four run at once, the fifth waits for a free
 * worker — and on five workers, where none waits. The golden file holds the structure (api,
 * phase, whether the request had to wait a round for a worker), not the timings.
 */
class ThreadPoolLessonTest {
    private static final Path FIXTURES = Path.of("src/test/resources/pool");

    @TempDir
    Path dir;

    private String structure(int workers) throws IOException {
        String code = Files.readString(FIXTURES.resolve("pbkdf2-five.js"));
        FsModuleTest.Run r = FsModuleTest.run(dir, "pbkdf2-five.js", code, o -> o.withThreadpool(workers));
        List<TraceEvent.CallbackStarted> done = r.events().stream()
                .filter(e -> e instanceof TraceEvent.CallbackStarted c && c.api().equals("crypto.pbkdf2"))
                .map(e -> (TraceEvent.CallbackStarted) e)
                // In the order the requests were made (ids): which finishes first is up to the CPU.
                .sorted(java.util.Comparator.comparingLong(TraceEvent.CallbackStarted::id)).toList();
        double shortestRun = done.stream().mapToDouble(TraceEvent.CallbackStarted::ranMs).min().orElse(0);
        StringBuilder sb = new StringBuilder("threadpool " + workers + "\n");
        for (TraceEvent.CallbackStarted c : done) {
            // Waiting "a round" means queuing for about as long as another hash took to run.
            boolean waited = c.queuedMs() > shortestRun / 2;
            sb.append(c.api()).append(" at ").append(c.at()).append(" in ").append(c.phase())
              .append(waited ? ": waited a round for a free worker" : ": started at once").append('\n');
        }
        sb.append("workers used: ").append(done.stream().map(TraceEvent.CallbackStarted::worker)
                .collect(Collectors.toSet()).size()).append('\n');
        sb.append("output:\n").append(r.out());
        return sb.toString();
    }

    @Test
    void fiveHashesOnFourWorkers() throws IOException {
        assertEquals(Files.readString(FIXTURES.resolve("pbkdf2-five.4.expected.txt")), structure(4));
    }

    @Test
    void fiveHashesOnFiveWorkers() throws IOException {
        assertEquals(Files.readString(FIXTURES.resolve("pbkdf2-five.5.expected.txt")), structure(5));
    }
}
