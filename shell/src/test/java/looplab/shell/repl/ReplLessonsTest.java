package looplab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import looplab.lessons.format.PackLoader;
import looplab.lessons.judge.Shuffle;
import looplab.lessons.tutor.LooplabHome;
import looplab.lessons.tutor.ProgressStore;
import looplab.lessons.tutor.StepRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .lesson}, {@code .hint}, {@code .next}: a lesson walked at the REPL's own prompt. */
class ReplLessonsTest {
    @TempDir
    Path dir;

    @Test
    void aLessonRunsInsideTheRepl() throws Exception {
        Path home = dir.resolve("home");
        try (ReplDriver repl = new ReplDriver(dir.resolve("history"), dir)) {
            repl.repl.lessons().use(PackLoader.directory(Path.of(getClass().getResource("/looplab/shell/learn/pack")
                    .toURI())), new LooplabHome(home));
            repl.await("> ");
            repl.mark().type(".help\r");
            assertTrue(repl.await(".next").contains(".lesson [ID|stop]"));

            repl.mark().type(".lesson\r");
            String list = repl.await("Start one with .lesson");
            assertTrue(list.contains("1. tick-first  process.nextTick goes first"), list);

            repl.mark().type(".lesson 1\r");
            repl.await("── Step 1 of 3 · process.nextTick goes first");
            repl.mark().type(".next\r");
            repl.await("predict > ");
            repl.mark().type(".hint\r");
            repl.await("Hint 1 of 1: The main script always finishes first.");

            List<String> shuffled = Shuffle.of(List.of("main", "tick", "promise"), "tick-first/1");
            String wrong = (shuffled.indexOf("main") + 1) + " " + (shuffled.indexOf("promise") + 1) + " "
                    + (shuffled.indexOf("tick") + 1);
            repl.mark().type(wrong + "\r");
            String verdict = repl.await("Why: After the main script");
            assertTrue(verdict.contains("✗ Not quite. Line 2: you put `promise`"), verdict);
            assertTrue(verdict.contains("microtask         │ promise"), "the trace is shown:\n" + verdict);

            // An answer typed line by line is output, not JavaScript: an open bracket is no block.
            repl.mark().type("main {\r");
            repl.await("line 2/3 > ");
            repl.mark().type("tick (\r");
            repl.await("line 3/3 > ");
            repl.mark().type("promise\r");
            repl.await("Not quite");

            repl.mark().type(".next\r");
            repl.await("Your script: " + home.resolve("work/tick-first/1.js"));
            repl.mark().type("6 * 7\r");
            repl.await("42"); // between questions the prompt is JavaScript again
            repl.mark().type(".lesson stop\r");
            repl.await("Left the lesson; progress saved in " + home.resolve("progress.json"));
        }
        StepRecord step = new ProgressStore(new LooplabHome(home)).load().progress().lesson("tick-first").step(1);
        assertTrue(step.done() && !step.correct());
        assertEquals(1, step.hints());
        assertEquals(2.0 / 3, step.score(), 1e-3);
    }
}
