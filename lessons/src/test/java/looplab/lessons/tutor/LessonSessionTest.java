package looplab.lessons.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import looplab.lessons.format.LessonParser;
import looplab.lessons.judge.Failure;
import looplab.lessons.model.Lesson;
import looplab.lessons.run.SnippetRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson state machine, driven as a terminal would drive it, with real runs of the snippets. */
class LessonSessionTest {
    static final String LESSON = """
            ---
            id: tick-first
            title: nextTick goes first
            order: 1
            timeout: 60s
            ---

            Two queues are drained after every callback.

            ## Which one prints first?

            ```js predict
            Promise.resolve().then(() => console.log('promise'));
            process.nextTick(() => console.log('tick'));
            console.log('main');
            ```

            ### Hint
            The main script finishes first.

            ### Hint
            Ticks before promises.

            ### Why
            After the main script Node empties the nextTick queue first.

            ## Run it

            ```js run
            setTimeout(() => console.log('timeout'), 0);
            setImmediate(() => console.log('immediate'));
            ```

            ### Race
            Whether 1 ms passed decides.

            ## Exercise: make the promise win

            Print `promise` before `tick`.

            ```js starter
            process.nextTick(() => console.log('tick'));
            Promise.resolve().then(() => console.log('promise'));
            ```

            ```js reference write
            Promise.resolve().then(() => {
              console.log('promise');
              process.nextTick(() => console.log('tick'));
            });
            ```

            ### Constraints
            - exactly 1 nextTick
            """;
    static final SnippetRunner RUNNER = SnippetRunner.warm();

    @TempDir
    Path dir;
    Lesson lesson;
    LooplabHome home;
    ProgressStore store;
    Progress progress;

    @BeforeEach
    void setUp() throws Exception {
        lesson = ((LessonParser.ParsedLesson) LessonParser.parse("tick-first.md", null, LESSON)).lesson();
        home = new LooplabHome(dir);
        store = new ProgressStore(home);
        progress = new Progress();
    }

    LessonSession session() {
        return new LessonSession(lesson, progress, store, RUNNER, home);
    }

    static <T extends Reply> T find(List<Reply> replies, Class<T> kind) {
        return replies.stream().filter(kind::isInstance).map(kind::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " in " + replies));
    }

    /** The numbers that put the shuffled list in {@code order}. */
    static String numbers(List<String> shuffled, String... order) {
        StringBuilder sb = new StringBuilder();
        for (String line : order) {
            sb.append(shuffled.indexOf(line) + 1).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void aWrongPredictionExplainsTheFirstDifferenceThenARetryIsAccepted() throws Exception {
        LessonSession s = session();
        StepShownCheck.intro(s.start());
        List<Reply> r = s.handle("");
        Reply.Question q = find(r, Reply.Question.class);
        assertEquals(List.of("main", "promise", "tick"), q.shuffled().stream().sorted().toList());
        assertEquals(LessonSession.Stage.PREDICT, s.stage());
        assertTrue(s.awaitsAnswer());

        // Typed lines, one per Enter.
        assertInstanceOf(Reply.MoreLines.class, s.handle("main").get(0));
        assertInstanceOf(Reply.MoreLines.class, s.handle("promise").get(0));
        r = s.handle("tick");
        Reply.Judged wrong = find(r, Reply.Judged.class);
        assertFalse(wrong.verdict().correct());
        assertEquals(1, wrong.verdict().divergence());
        assertEquals("tick", wrong.verdict().expected().text());
        assertEquals("nexttick-before-promises", wrong.verdict().rule().id());
        assertEquals("microtask, after the main script", Labels.describe(wrong.verdict().insteadRan()));
        assertEquals("nextTick, after the main script", Labels.describe(wrong.verdict().expected()));
        assertTrue(find(r, Reply.Text.class).markdown().contains("nextTick queue first"));
        StepRecord saved = store.load().progress().lesson("tick-first").step(1);
        assertEquals(2.0 / 3, saved.score(), 1e-3);
        assertFalse(saved.done());

        assertTrue(s.awaitsAnswer(), "a wrong answer may be retried");
        Reply.Judged right = find(s.handle(numbers(q.shuffled(), "main", "tick", "promise")), Reply.Judged.class);
        assertTrue(right.verdict().correct());
        assertEquals(2, right.attempt());
        assertFalse(s.awaitsAnswer());
        saved = store.load().progress().lesson("tick-first").step(1);
        assertEquals(2.0 / 3, saved.score(), 1e-3, "the first answer counts");
        assertTrue(saved.done() && saved.correct());
        assertEquals(2, saved.attempts());
    }

    @Test
    void hintsComeOneAtATimeAndAreCounted() {
        LessonSession s = session();
        s.start();
        s.handle("");
        Reply.Hint h1 = find(s.handle("?"), Reply.Hint.class);
        assertEquals("The main script finishes first.", h1.markdown());
        assertEquals(1, h1.number());
        Reply.Hint h2 = find(s.handle("hint"), Reply.Hint.class);
        assertEquals(2, h2.total());
        assertTrue(find(s.handle("hint"), Reply.Note.class).text().contains("last hint"));
        assertEquals(2, progress.lesson("tick-first").step(1).hints());
        assertTrue(find(s.handle("7 1 2"), Reply.Note.class).text().contains("there is no line 7"));
        assertEquals(LessonSession.Stage.PREDICT, s.stage());
    }

    @Test
    void skipScoresZeroAndARunStepShowsEveryOrderAndTheRace() {
        LessonSession s = session();
        s.start();
        s.handle("");
        List<Reply> r = s.handle("skip");
        StepRecord skipped = progress.lesson("tick-first").step(1);
        assertTrue(skipped.skipped() && skipped.done());
        assertEquals(0.0, skipped.score());
        Reply.Ran ran = find(r, Reply.Ran.class);
        assertEquals(2, ran.legal().size(), "timeout 0 against an immediate at top level");
        assertEquals(Reply.Text.Kind.RACE, find(r, Reply.Text.class).kind());
        assertEquals(LessonSession.Stage.READ, s.stage());
        assertTrue(find(s.handle("what?"), Reply.Note.class).text().contains("Enter"));
    }

    @Test
    void aWriteExerciseStartsFromItsStarterAndIsCheckedOnEnter() throws Exception {
        progress.lesson("tick-first").put(0, StepRecord.fresh("", null).markDone());
        progress.lesson("tick-first").put(1, StepRecord.fresh("", null).markDone());
        progress.lesson("tick-first").put(2, StepRecord.fresh("", null).markDone());
        LessonSession s = session();
        List<Reply> r = s.start();
        assertTrue(find(r, Reply.Note.class).text().contains("step 4 of 4"), "resumes at the first step not done");
        Reply.Task task = find(r, Reply.Task.class);
        assertEquals(dir.resolve("work/tick-first/1.js"), task.file());
        assertTrue(task.created());
        assertEquals(List.of("promise", "tick"), task.target());
        assertTrue(Files.readString(task.file()).startsWith("process.nextTick"));

        Reply.Checked first = find(s.handle(""), Reply.Checked.class);
        assertFalse(first.verdict().passed());
        assertEquals(Failure.Kind.WRONG_OUTPUT, first.verdict().failure().kind());
        assertEquals(LessonSession.Stage.WRITE, s.stage());

        Files.writeString(task.file(), "Promise.resolve().then(() => console.log('promise'))\n"
                + "  .then(() => process.nextTick(() => console.log('tick')));\n");
        Reply.Checked second = find(s.handle(""), Reply.Checked.class);
        assertTrue(second.verdict().passed(), String.valueOf(second.verdict().failure()));
        assertTrue(second.verdict().run().lines().get(0).at().startsWith("1.js:"), "the trace names the learner's file");
        assertEquals(LessonSession.Stage.PASSED, s.stage());
        Reply.Finished done = find(s.handle(""), Reply.Finished.class);
        assertTrue(done.summary().finished());
        StepRecord saved = store.load().progress().lesson("tick-first").step(3);
        assertEquals(1.0, saved.score());
        assertEquals(2, saved.attempts());
        assertEquals("tick-first/1", saved.exercise());

        // Coming back: the learner's file is kept, and a finished lesson starts from the top.
        LessonSession again = session();
        List<Reply> restart = again.start();
        assertEquals(1, find(restart, Reply.StepShown.class).number());
        assertTrue(restart.stream().noneMatch(x -> x instanceof Reply.Note));
    }

    @Test
    void quitKeepsProgressAndTheNextSessionResumes() {
        LessonSession s = session();
        s.start();
        s.handle("");
        assertInstanceOf(Reply.Quit.class, s.handle("q").get(0));
        assertNull(progress.lesson("tick-first").step(1));
        List<Reply> r = session().start();
        assertEquals(2, find(r, Reply.StepShown.class).number());
    }

    /** The introduction step. */
    static final class StepShownCheck {
        static void intro(List<Reply> replies) {
            Reply.StepShown shown = find(replies, Reply.StepShown.class);
            assertEquals(1, shown.number());
            assertEquals(4, shown.count());
            assertEquals("nextTick goes first", shown.heading());
            assertTrue(shown.prose().startsWith("Two queues"));
        }
    }
}
