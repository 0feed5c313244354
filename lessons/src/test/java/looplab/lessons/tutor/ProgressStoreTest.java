package looplab.lessons.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path dir;

    @Test
    void looplabHomeOverridesTheDotDirectoryInTheUsersHome() {
        assertEquals(dir.resolve("elsewhere"), LooplabHome.of(dir.resolve("elsewhere").toString(), "/home/ada").dir());
        assertEquals(Path.of("/home/ada/.looplab"), LooplabHome.of(null, "/home/ada").dir());
        assertEquals(Path.of("/home/ada/.looplab"), LooplabHome.of("", "/home/ada").dir());
        LooplabHome home = new LooplabHome(dir);
        assertEquals(dir.resolve("progress.json"), home.progressFile());
        assertEquals(dir.resolve("work/call-stack/2.js"), home.workFile("call-stack/2"));
    }

    @Test
    void savesAndLoadsBackEveryField() throws Exception {
        ProgressStore store = new ProgressStore(new LooplabHome(dir.resolve("new/home")));
        Progress p = new Progress();
        p.lesson("call-stack").put(0, StepRecord.fresh("Intro \"quoted\"", null).markDone());
        p.lesson("call-stack").put(2, StepRecord.fresh("Exercise: three", "call-stack/1").withHints(2)
                .predicted(2.0 / 3, false).predicted(1, true));
        store.save(p);
        ProgressStore.Loaded loaded = store.load();
        assertNull(loaded.warning());
        LessonProgress lp = loaded.progress().lessons().get("call-stack");
        assertEquals("Intro \"quoted\"", lp.step(0).heading());
        assertTrue(lp.isDone(0));
        assertFalse(lp.isDone(1));
        StepRecord r = lp.step(2);
        assertEquals("call-stack/1", r.exercise());
        assertEquals(2.0 / 3, r.score(), 1e-3, "the first answer's score");
        assertEquals(2, r.attempts());
        assertEquals(2, r.hints());
        assertTrue(r.correct() && r.done() && !r.skipped());
        assertEquals(1, lp.resumeAt(3));
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertEquals(List.of(store.file()), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aMissingFileIsNoProgress() {
        ProgressStore.Loaded loaded = new ProgressStore(new LooplabHome(dir)).load();
        assertNull(loaded.warning());
        assertTrue(loaded.progress().lessons().isEmpty());
    }

    @Test
    void aCorruptFileIsReportedAndMovedAsideNeverACrash() throws Exception {
        ProgressStore store = new ProgressStore(new LooplabHome(dir));
        for (String junk : List.of("{\"version\": 1, \"lessons\": {\"x\": {\"steps\": [{\"step\": ", "not json",
                "[1, 2]", "{\"version\": 99, \"lessons\": {}}", "{\"version\": 1, \"lessons\": {\"x\": 3}}",
                "{\"version\": 1, \"lessons\": {\"x\": {\"steps\": [{\"step\": -1}]}}}")) {
            Files.writeString(store.file(), junk);
            ProgressStore.Loaded loaded = store.load();
            assertTrue(loaded.progress().lessons().isEmpty(), junk);
            assertTrue(loaded.warning() != null && loaded.warning().contains("moved it to progress.corrupt-"),
                    loaded.warning());
            assertFalse(Files.exists(store.file()), junk);
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("progress.corrupt-")));
            }
        }
        store.save(new Progress());
        assertNull(store.load().warning(), "saving again after a corrupt file works");
    }

    @Test
    void resetForgetsEverything() throws Exception {
        ProgressStore store = new ProgressStore(new LooplabHome(dir));
        Progress p = new Progress();
        p.lesson("a").put(0, StepRecord.fresh("a", null).markDone());
        store.save(p);
        assertTrue(store.reset());
        assertFalse(store.reset());
        assertTrue(store.load().progress().lessons().isEmpty());
    }
}
