package looplab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import looplab.lessons.judge.Failure;
import looplab.lessons.run.RunOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real worker processes: a script that kills its worker costs only itself. */
class WorkerPoolTest {
    private static WorkerPool pool;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        pool = new WorkerPool(1, "192m");
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    private List<RunOutcome> run(String code, Duration timeout) throws ScriptHost.Died {
        try {
            Files.writeString(dir.resolve("s.js"), code);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return pool.run(dir, "s.js", timeout);
    }

    @Test
    void aScriptRunsAndItsOutcomeComesBack() throws Exception {
        List<RunOutcome> runs = run("""
                console.error('debug\\tline');
                setTimeout(() => console.log('timeout'), 0);
                setImmediate(() => console.log('immediate'));
                """, Duration.ofSeconds(30));
        assertEquals(2, runs.size(), "both orders of the race");
        RunOutcome first = runs.get(0);
        assertEquals(List.of("debug\tline", "timeout", "immediate"), first.texts());
        assertEquals("stderr", first.lines().get(0).stream());
        assertEquals("timers", first.lines().get(1).source());
        assertEquals(1, first.count("setTimeout"));
        assertEquals(1, first.races().size());
        assertEquals(List.of("immediate", "timeout"), runs.get(1).texts().subList(1, 3));
    }

    @Test
    void aMemoryBombCostsOnlyItsOwnRun() throws Exception {
        ScriptHost.Died died = assertThrows(ScriptHost.Died.class, () -> run("""
                const a = [], s = 'x'.repeat(1e7);
                for (;;) a.push(s.toUpperCase());
                """, Duration.ofSeconds(60)));
        assertEquals(Failure.Kind.MEMORY_LIMIT, died.failure.kind(), died.getMessage());
        int before = pool.started();
        assertEquals(List.of("still here"), run("console.log('still here')", Duration.ofSeconds(60)).get(0).texts());
        assertEquals(before + 1, pool.started(), "a new worker took the dead one's place");
    }

    @Test
    void anEndlessLoopIsStoppedInsideTheWorker() throws Exception {
        RunOutcome o = run("console.log('a'); for (;;) {}", Duration.ofSeconds(2)).get(0);
        assertEquals(true, o.timedOut());
        assertEquals(List.of("a"), o.texts().subList(0, 1));
    }
}
