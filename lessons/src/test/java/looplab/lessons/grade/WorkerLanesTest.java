package looplab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import looplab.lessons.judge.Failure;
import looplab.lessons.run.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker process with two lanes: two scripts run in it at once, and what one does to the
 * process costs the other nothing; a worker's first runs are not failed for its cold start.
 */
class WorkerLanesTest {
    @TempDir
    Path tmp;

    private Path script(String dirName, String code) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(dirName));
        Files.writeString(dir.resolve("s.js"), code);
        return dir;
    }

    @Test
    void aMemoryBombBesideAnotherScriptCostsOnlyItself() throws Exception {
        // The other script says it runs, then waits (at most a minute) for its worker to die
        // under it; run again, it finds its mark and just prints. In a worker of its own it
        // would have printed that the worker never died.
        Path other = script("other", """
                const fs = require('fs');
                if (fs.existsSync('running')) {
                  console.log('ran again');
                } else {
                  fs.writeFileSync('running', '1');
                  const end = Date.now() + 60000;
                  while (Date.now() < end) {}
                  console.log('the worker never died');
                }
                """);
        Path bomb = script("bomb", """
                const a = [], s = 'x'.repeat(1e7);
                for (;;) a.push(s.toUpperCase());
                """);
        try (WorkerPool pool = new WorkerPool(2, "160m")) {
            CompletableFuture<List<RunOutcome>> beside = CompletableFuture.supplyAsync(() -> {
                try {
                    return pool.run(other, "s.js", Duration.ofSeconds(120));
                } catch (ScriptHost.Died e) {
                    throw new AssertionError("the other script was charged: " + e.getMessage(), e);
                }
            });
            for (int i = 0; i < 1200 && !Files.exists(other.resolve("running")); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(other.resolve("running")), "the other script started");
            ScriptHost.Died died = assertThrows(ScriptHost.Died.class,
                    () -> pool.run(bomb, "s.js", Duration.ofSeconds(60)));
            assertEquals(Failure.Kind.MEMORY_LIMIT, died.failure.kind(), died.getMessage());
            List<RunOutcome> runs = beside.get(3, TimeUnit.MINUTES);
            assertEquals(List.of("ran again"), runs.get(0).texts(), "the other script ran again, and only that run counts");
            // The two-lane worker, then the one-lane one, started again after the bomb's second
            // death only if the other script ran after the bomb there.
            assertTrue(pool.started() == 2 || pool.started() == 3, "each ran again alone: " + pool.started() + " workers");
        }
    }

    @Test
    void aRunThatTimesOutOnAColdWorkerRunsAgain() throws Exception {
        // Its first run never ends; run again, it finds the mark the first one left.
        Path dir = script("cold", """
                const fs = require('fs');
                if (fs.existsSync('tried')) {
                  console.log('second run');
                } else {
                  fs.writeFileSync('tried', '1');
                  for (;;) {}
                }
                """);
        try (WorkerPool pool = new WorkerPool(1, "128m")) {
            List<RunOutcome> runs = pool.run(dir, "s.js", Duration.ofSeconds(2));
            assertFalse(runs.get(0).timedOut(), "the cold run's timeout was not the verdict");
            assertEquals(List.of("second run"), runs.get(0).texts());
        }
    }
}
