package looplab.shell.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import looplab.lessons.format.PackLoader;
import looplab.lessons.judge.Shuffle;
import looplab.lessons.model.LessonPack;
import looplab.lessons.tutor.LooplabHome;
import looplab.lessons.tutor.ProgressStore;
import looplab.lessons.tutor.StepRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code looplab learn} end to end at a keyboard: the first screen, the menu, a wrong prediction
 * typed line by line, a right one by numbers, progress on disk, and a second visit that resumes.
 * The lesson is the test pack's ({@code resources/looplab/shell/learn/pack}); no node needed.
 */
class LearnEndToEndTest {
    @TempDir
    Path home;

    static LessonPack pack() throws Exception {
        return PackLoader.directory(Path.of(LearnEndToEndTest.class.getResource("pack").toURI()));
    }

    @Test
    void walkALessonPredictWrongThenRightAndComeBack() throws Exception {
        LessonPack pack = pack();
        try (LearnDriver learn = new LearnDriver(pack, new LooplabHome(home), null)) {
            String menu = learn.await("q to quit > ");
            String[] how = LearnLoop.HOW_TO_ANSWER.split("\n");
            assertEquals(2, how.length, "two lines say how to answer, get a hint and quit");
            assertTrue(menu.contains(how[0]) && menu.contains(how[1]), menu);
            assertTrue(menu.contains("1. tick-first") && menu.contains("(Enter: 1)"), menu);

            learn.mark().type("tick-first\r");
            String intro = learn.await("Enter: next, q: quit > ");
            assertTrue(intro.contains("── Step 1 of 3 · process.nextTick goes first"), intro);

            learn.mark().type("\r");
            String question = learn.await("predict > ");
            assertTrue(question.contains("1 │ Promise.resolve().then(() => console.log('promise'));"), question);
            List<String> shuffled = Shuffle.of(List.of("main", "tick", "promise"), "tick-first/1");
            for (int i = 0; i < 3; i++) {
                assertTrue(question.contains(String.format("  %2d  %s", i + 1, shuffled.get(i))), question);
            }

            // A wrong order, typed as lines.
            learn.mark().type("main\r");
            learn.await("line 2/3 > ");
            learn.type("promise\r");
            learn.await("line 3/3 > ");
            learn.type("tick\r");
            String wrong = learn.await("try again, or Enter to go on > ");
            assertTrue(wrong.contains("nextTick          │ tick"), "the trace is shown:\n" + wrong);
            assertTrue(wrong.contains("✗ Not quite. Line 2: you put `promise` (microtask, after the main script) "
                    + "where `tick` (nextTick, after the main script) comes."), wrong);
            assertTrue(wrong.contains("Rule: The nextTick queue is emptied before the promise (microtask) queue"), wrong);
            assertTrue(wrong.contains("Why: After the main script Node empties the nextTick queue"), wrong);

            // The right order, by numbers.
            String numbers = (shuffled.indexOf("main") + 1) + " " + (shuffled.indexOf("tick") + 1) + " "
                    + (shuffled.indexOf("promise") + 1);
            learn.mark().type(numbers + "\r");
            String right = learn.await("Enter: next, q: quit > ");
            assertTrue(right.contains("✓ Right!"), right);

            StepRecord saved = new ProgressStore(new LooplabHome(home)).load().progress().lesson("tick-first").step(1);
            assertTrue(saved.done() && saved.correct());
            assertEquals(2.0 / 3, saved.score(), 1e-3, "the first answer is the score");
            assertEquals(2, saved.attempts());
            String json = Files.readString(home.resolve("progress.json"));
            assertTrue(json.contains("\"heading\": \"Which one prints first?\", \"done\": true, \"score\": 0.6667, "
                    + "\"attempts\": 2"), json);

            learn.mark().type("q\r");
            assertTrue(learn.await("Progress saved in " + home.resolve("progress.json")).length() > 0);
            assertEquals(0, learn.exit.get());
        }

        try (LearnDriver again = new LearnDriver(pack, new LooplabHome(home), null)) {
            String menu = again.await("q to quit > ");
            assertTrue(menu.contains("2/3 steps · score 67%"), menu);
            again.mark().type("\r");
            String resumed = again.await("Enter: check your script > ");
            assertTrue(resumed.contains("Welcome back: going on at step 3 of 3."), resumed);
            Path script = home.resolve("work/tick-first/1.js");
            assertTrue(resumed.contains("Your script: " + script), resumed);
            assertTrue(Files.readString(script).startsWith("process.nextTick"), "the starter, to edit");
            again.type("\u0004");
            assertEquals(0, again.exit.get());
        }
        assertNull(new ProgressStore(new LooplabHome(home)).load().warning());
    }
}
