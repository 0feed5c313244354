package looplab.lessons.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import looplab.lessons.model.Constraint;
import looplab.lessons.model.Exercise;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.Snippet;
import looplab.lessons.model.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonParserTest {
    private static final String LESSON = """
            ---
            id: tick-first
            title: nextTick goes first
            order: 8
            ---

            Two queues are drained after every callback.

            ## Which one prints first?

            ```js predict
            Promise.resolve().then(() => console.log('promise'));
            process.nextTick(() => console.log('tick'));
            ```

            What do you expect?

            ### Hint
            The main script finishes first.

            ### Hint
            Ticks before promises.

            ### Why
            The nextTick queue is emptied first.

            ```js file=helper.js
            module.exports = 1;
            ```

            ## Exercise: make the promise win

            Print `promise` before `tick`.

            ```js reference write timeout=2s
            Promise.resolve().then(() => { console.log('promise'); process.nextTick(() => console.log('tick')); });
            ```

            ### Constraints
            - exactly 1 process.nextTick
            - no `setTimeout`
            - same sources
            - at least 3 crypto.pbkdf2

            ### Hint
            Queue the tick from inside the promise job.
            """;

    private static Lesson lesson(String text) throws LessonFormatException {
        return ((LessonParser.ParsedLesson) LessonParser.parse("t.md", null, text)).lesson();
    }

    @Test
    void readsStepsSnippetsHintsAndExercises() throws Exception {
        Lesson lesson = lesson(LESSON);
        assertEquals("tick-first", lesson.id());
        assertEquals(8, lesson.order());
        assertEquals(3, lesson.steps().size());
        Step intro = lesson.steps().get(0);
        assertEquals("Two queues are drained after every callback.", intro.prose());
        Step predict = lesson.steps().get(1);
        assertEquals(Snippet.Mode.PREDICT, predict.snippet().mode());
        assertEquals(11, predict.snippet().line());
        assertEquals("What do you expect?", predict.coda());
        assertEquals(2, predict.hints().size());
        assertEquals("Ticks before promises.", predict.hints().get(1));
        assertEquals("The nextTick queue is emptied first.", predict.why());
        assertNull(predict.race());
        assertEquals(1, lesson.files().size());
        assertEquals("helper.js", lesson.files().get(0).name());

        Exercise ex = lesson.exercises().get(0);
        assertEquals("tick-first/1", ex.id());
        assertEquals("make the promise win", ex.title());
        assertEquals(Exercise.Kind.WRITE, ex.kind());
        assertEquals(Duration.ofSeconds(2), ex.reference().timeout());
        assertEquals(4, ex.constraints().size());
        assertEquals("crypto.pbkdf2", ex.constraints().get(3).api());
        Constraint tick = ex.constraints().get(0);
        assertEquals("nextTick", tick.api());
        assertEquals(Constraint.Kind.EXACTLY, tick.kind());
        assertTrue(tick.allows(1));
        assertEquals("setTimeout", ex.constraints().get(1).api());
        assertEquals(0, ex.constraints().get(1).count());
        assertEquals(Constraint.Kind.SAME_SOURCES, ex.constraints().get(2).kind());
        assertEquals(1, ex.hints().size());
        assertTrue(ex.task().startsWith("Print `promise`"));
    }

    @Test
    void readsAStandaloneExercise() throws Exception {
        LessonParser.Parsed parsed = LessonParser.parse("e.md", null, """
                ---
                id: order-quiz
                title: Order quiz
                type: exercise
                kind: predict
                scoring: all
                points: 2.5
                ---
                Predict it.

                ```js reference
                setTimeout(() => console.log('b'));
                console.log('a');
                ```
                """);
        Exercise ex = assertInstanceOf(LessonParser.ParsedExercise.class, parsed).exercise();
        assertEquals(Exercise.Kind.PREDICT, ex.kind());
        assertEquals(Exercise.Scoring.ALL, ex.scoring());
        assertEquals(2.5, ex.points());
        assertEquals("order-quiz", ex.id());
        assertEquals("Predict it.", ex.task());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "---\\ntitle: x\\norder: 1\\n---\\n|1|front matter has no 'id'",
        "---\\nid: x\\ntitle: x\\norder: 1\\ncolour: red\\n---\\n|5|unknown front-matter key 'colour'",
        "---\\nid: X y\\ntitle: x\\norder: 1\\n---\\n|2|must be lower-case words",
        "---\\nid: x\\ntitle: x\\norder: one\\n---\\n|4|order must be an integer",
        "id: x\\n|1|starts with front matter",
        "---\\nid: x\\ntitle: x\\norder: 1\\n|1|not closed",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n```js run\\nx\\n|6|never closed",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n```js runn\\nx\\n```\\n|6|unknown snippet mode 'runn'",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n### Hint\\nh\\n|6|### Hint has no snippet before it",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n```js run\\na\\n```\\n```js predict\\nb\\n```\\n|9|a second runnable snippet",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n## Exercise: e\\nDo it.\\n|6|has no ```js reference block",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n## Exercise\\n```js reference\\na\\n```\\n|7|say which kind",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n## Exercise\\n```js reference write\\na\\n```\\n### Constraints\\n- no setTimout\\n|11|which the trace never schedules",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n## Exercise\\n```js reference write\\na\\n```\\n### Constraints\\n- fewer timers please\\n|11|cannot read the constraint",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n```js reference write\\na\\n```\\n|6|belongs in an exercise step",
        "---\\nid: x\\ntitle: x\\norder: 1\\n---\\n```text file=../etc/passwd\\na\\n```\\n|6|not a plain relative file name",
        "---\\nid: x\\ntitle: x\\ntype: exercise\\nkind: predict\\npoints: 0\\n---\\n```js reference\\na\\n```\\n|6|points must be a number above 0",
        "---\\nid: x\\ntitle: x\\ntype: exercise\\nkind: predict\\npoints: ten\\n---\\n```js reference\\na\\n```\\n|6|points must be a number above 0",
    })
    void reportsFileLineAndProblem(String text, int line, String problem) {
        LessonFormatException e = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("bad.md", null, text.replace("\\n", "\n")));
        assertEquals("bad.md", e.file());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }
}
