package looplab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import looplab.lessons.format.LessonParser;
import looplab.lessons.judge.Failure;
import looplab.lessons.model.Exercise;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading in this process ({@code --workers 0}); the worker processes have their own tests. */
class GraderTest {
    private static Grader predict;
    private static Grader write;

    @TempDir
    Path subs;

    @BeforeAll
    static void open() throws Exception {
        GradeOptions local = GradeOptions.defaults().withWorkers(0).withTimeout(Duration.ofSeconds(30));
        predict = Grader.open(Exercises.load("predict"), local);
        write = Grader.open(Exercises.load("write"), local);
    }

    @AfterAll
    static void close() {
        predict.close();
        write.close();
    }

    private Submission file(String name, String text) throws IOException {
        Path f = subs.resolve(name);
        Files.writeString(f, text);
        return new Submission(name, f);
    }

    @Test
    void aPredictionByLinesOrByNumbers() throws Exception {
        List<String> order = List.of("sync", "tick", "fast timer", "slow timer");
        GradeResult byLines = predict.grade(file("lines.txt", String.join("\n", order) + "\n"));
        assertTrue(byLines.passed());
        assertEquals(1.0, byLines.score());
        String numbers = order.stream().map(l -> Integer.toString(predict.shuffled().indexOf(l) + 1))
                .collect(Collectors.joining(" "));
        assertTrue(predict.grade(file("numbers.txt", numbers)).passed());
    }

    @Test
    void aWrongPredictionScoresItsLongestCommonSubsequence() throws Exception {
        GradeResult r = predict.grade(file("wrong.txt", "sync\ntick\nslow timer\nfast timer\n"));
        assertFalse(r.passed());
        assertEquals(0.75, r.score());
        assertEquals(Failure.Kind.WRONG_OUTPUT, r.failure().kind());
        assertEquals("timer-order", r.verdict().rule().id());
        assertNull(r.script());
    }

    @Test
    void anUnreadableAnswerIsAFailureWithAReason() throws Exception {
        GradeResult r = predict.grade(file("twice.txt", "1 1 2 3"));
        assertEquals(Failure.Kind.BAD_ANSWER, r.failure().kind());
        assertEquals("line 1 is given twice", r.failure().message());
        assertTrue(r.graded());
        GradeResult missing = predict.grade(new Submission("gone.txt", subs.resolve("gone.txt")));
        assertEquals(Failure.Kind.BAD_ANSWER, missing.failure().kind());
    }

    @Test
    void eitherOrderOfARaceIsRightAndAllOrNothingScoresZeroOtherwise() throws Exception {
        try (Grader race = Grader.open(Exercises.load("race"), GradeOptions.defaults().withWorkers(0))) {
            assertEquals(2, race.legal().size());
            assertTrue(race.grade(file("a.txt", "main\ntimeout\nimmediate")).passed());
            assertTrue(race.grade(file("b.txt", "main\nimmediate\ntimeout")).passed());
            GradeResult wrong = race.grade(file("c.txt", "timeout\nmain\nimmediate"));
            assertFalse(wrong.passed());
            assertEquals(0.0, wrong.score());
        }
    }

    @Test
    void aScriptSeesAFreshCopyOfTheExerciseDirectory() throws Exception {
        String right = """
                const fs = require('fs');
                const words = fs.readFileSync('words.txt', 'utf8').trim().split('\\n');
                console.error('exercise.md is ' + (fs.existsSync('exercise.md') ? 'there' : 'not there'));
                fs.writeFileSync('words.txt', 'spoiled\\nspoiled\\n');
                console.log(words[0]);
                process.nextTick(() => console.log('tick'));
                Promise.resolve().then(() => console.log('promise'));
                setTimeout(() => console.log(words[1]), 0);
                """;
        GradeResult first = write.grade(file("right.js", right));
        assertTrue(first.passed(), () -> String.valueOf(first.failure()));
        assertEquals(List.of("exercise.md is not there"), first.script().debug().stream().map(l -> l.text()).toList());
        GradeResult second = write.grade(file("again.js", right));
        assertTrue(second.passed(), "the first script's write did not reach the second's copy");
        assertEquals("hello\ngoodbye\n", Files.readString(Exercises.dir("write").resolve("words.txt")));
    }

    @Test
    void oddFilesAreGradedFailuresNotErrors() throws Exception {
        Path latin1 = subs.resolve("latin1.js");
        Files.write(latin1, "console.log('caf\u00e9');\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        GradeResult odd = write.grade(new Submission("latin1.js", latin1));
        assertEquals(Failure.Kind.WRONG_OUTPUT, odd.failure().kind(), String.valueOf(odd.failure()));
        assertEquals("caf\uFFFD", odd.script().run().texts().get(0), "decoded as node does: UTF-8, replaced");
        Path huge = subs.resolve("huge.js");
        Files.writeString(huge, "// " + "x".repeat(2 << 20) + "\n");
        GradeResult big = write.grade(new Submission("huge.js", huge));
        assertEquals(Failure.Kind.BAD_ANSWER, big.failure().kind());
        assertTrue(big.graded());
    }

    @Test
    void aScriptThatBreaksAConstraintFails() throws Exception {
        GradeResult r = write.grade(file("immediate.js", """
                console.log('hello');
                process.nextTick(() => console.log('tick'));
                Promise.resolve().then(() => console.log('promise'));
                setImmediate(() => console.log('goodbye'));
                """));
        assertFalse(r.passed());
        assertEquals(Failure.Kind.CONSTRAINT, r.failure().kind());
        assertEquals(1.0 / 3, r.score(), 1e-9, "right lines; no setImmediate and same sources broken: 1 of 3 met");
    }

    @Test
    void aReferenceThatFailsMakesTheExerciseUngradable() throws Exception {
        Exercise broken = ((LessonParser.ParsedExercise) LessonParser.parse("broken.md", null, """
                ---
                id: broken
                title: Broken
                type: exercise
                kind: write
                ---
                ```js reference
                console.log('a');
                null.x;
                ```
                """)).exercise();
        ExerciseProblem p = assertThrows(ExerciseProblem.class,
                () -> Grader.open(broken, GradeOptions.defaults().withWorkers(0)));
        assertTrue(p.getMessage().contains("the reference fails: uncaught error (TypeError"), p.getMessage());
    }
}
