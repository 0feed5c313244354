package looplab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker started early is adopted by a pool of exactly its command, and by nothing else. */
class WorkerPrestartTest {
    @TempDir
    Path dir;

    @AfterEach
    void discard() {
        WorkerPrestart.discard();
    }

    private static Set<Long> children() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    /** The one child started since {@code before}. */
    private static ProcessHandle startedSince(Set<Long> before) {
        List<ProcessHandle> fresh = ProcessHandle.current().children()
                .filter(p -> !before.contains(p.pid())).toList();
        assertEquals(1, fresh.size(), "one process started");
        return fresh.get(0);
    }

    @Test
    void aPoolOfTheSameCommandRunsItsScriptsInTheStartedWorker() throws Exception {
        Set<Long> before = children();
        WorkerPrestart.start("160m", 2);
        ProcessHandle early = startedSince(before);
        WorkerPool pool = new WorkerPool(2, "160m");
        try {
            assertEquals(Set.of(early.pid()), children().stream().filter(p -> !before.contains(p))
                    .collect(Collectors.toSet()), "no other worker started");
            Files.writeString(dir.resolve("s.js"), "console.log('ran')");
            assertEquals(List.of("ran"), pool.run(dir, "s.js", Duration.ofSeconds(60)).get(0).texts());
            assertTrue(early.isAlive(), "the early worker ran it");
            assertNull(WorkerPrestart.take(WorkerPool.command("160m", 2)), "adopted once");
        } finally {
            pool.close();
        }
        assertTrue(early.onExit().get(30, TimeUnit.SECONDS) != null && !early.isAlive());
    }

    @Test
    void aWorkerOfAnotherCommandIsEndedNotAdopted() throws Exception {
        Set<Long> before = children();
        WorkerPrestart.start("160m", 2);
        ProcessHandle early = startedSince(before);
        assertNull(WorkerPrestart.take(WorkerPool.command("160m", 1)), "one lane is another command");
        early.onExit().get(30, TimeUnit.SECONDS);
        assertTrue(!early.isAlive());
    }

    @Test
    void anUnclaimedWorkerIsDiscarded() throws Exception {
        Set<Long> before = children();
        WorkerPrestart.start("160m", 1);
        ProcessHandle early = startedSince(before);
        WorkerPrestart.discard();
        early.onExit().get(30, TimeUnit.SECONDS);
        assertNull(WorkerPrestart.take(WorkerPool.command("160m", 1)));
    }
}
