package looplab.lessons.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import looplab.lessons.format.LessonFormatException;
import looplab.lessons.format.LessonParser;
import looplab.lessons.model.Exercise;
import looplab.lessons.run.Program;
import looplab.lessons.run.RunOutcome;
import looplab.lessons.run.SnippetRunner;
import org.junit.jupiter.api.Test;

/** Student scripts judged from their runs: output on stdout, constraints on the trace, the end. */
class ScriptCheckTest {
    private static final SnippetRunner RUNNER = new SnippetRunner();

    static Exercise exercise(String reference, String... constraints) throws LessonFormatException {
        StringBuilder md = new StringBuilder("""
                ---
                id: order
                title: Put them in order
                type: exercise
                kind: write
                timeout: 30s
                ---
                Print the lines in the reference's order.

                ```js reference
                """).append(reference).append("\n```\n");
        if (constraints.length > 0) {
            md.append("\n### Constraints\n");
            for (String c : constraints) {
                md.append("- ").append(c).append('\n');
            }
        }
        return ((LessonParser.ParsedExercise) LessonParser.parse("order.md", null, md.toString())).exercise();
    }

    static ScriptVerdict check(Exercise ex, String script) {
        return check(ex, script, Duration.ofSeconds(30));
    }

    /** A generous limit by default: a cold engine boots inside the limit, on a busy machine too. */
    static ScriptVerdict check(Exercise ex, String script, Duration timeout) {
        List<RunOutcome> legal = RUNNER.explore(Program.of(ex.reference(), ex.files()));
        List<RunOutcome> runs = RUNNER.explore(new Program("solution.js", script, ex.files(), timeout));
        return ScriptCheck.check(ex, legal, runs);
    }

    private static final String TICK_PROMISE = """
            console.log('main');
            process.nextTick(() => console.log('tick'));
            Promise.resolve().then(() => console.log('promise'));""";

    @Test
    void theRightLinesPassAndStderrIsDebugOutput() throws Exception {
        ScriptVerdict v = check(exercise(TICK_PROMISE, "exactly 1 nextTick", "no setTimeout"), """
                console.error('debug: starting');
                Promise.resolve().then(() => console.log('promise'));
                process.nextTick(() => { console.warn('debug: in tick'); console.log('tick'); });
                console.log('main');
                """);
        assertTrue(v.passed(), () -> String.valueOf(v.failure()));
        assertEquals(1.0, v.score());
        assertNull(v.failure());
        assertEquals(List.of("debug: starting", "debug: in tick"), ScriptCheck.texts(v.debug()));
        assertTrue(v.constraints().stream().allMatch(ConstraintCheck::met));
    }

    @Test
    void aFileReadIsOneCallThoughNodeMakesFourPoolTripsForIt() throws Exception {
        Exercise ex = exercise("""
                require('fs').readFile(__filename, () => console.log('read'));
                console.log('main');""", "exactly 1 fs.readFile");
        ScriptVerdict one = check(ex, """
                const fs = require('fs');
                console.log('main');
                fs.readFile(__filename, 'utf8', () => console.log('read'));""");
        assertTrue(one.passed(), () -> String.valueOf(one.constraints()));
        ScriptVerdict two = check(ex, """
                const fs = require('fs');
                console.log('main');
                fs.readFile(__filename, () => {
                  fs.readFile(__filename, () => console.log('read'));
                });""");
        assertFalse(two.passed());
        assertTrue(two.constraints().get(0).detail().startsWith("2 "), two.constraints().get(0).detail());
    }

    @Test
    void aWrongOrderScoresTheLongestCommonSubsequence() throws Exception {
        ScriptVerdict v = check(exercise(TICK_PROMISE), """
                console.log('main');
                Promise.resolve().then(() => console.log('promise'));
                Promise.resolve().then(() => console.log('tick'));
                """);
        assertFalse(v.passed());
        assertEquals(Failure.Kind.WRONG_OUTPUT, v.failure().kind());
        assertEquals(2.0 / 3, v.score(), 1e-9);
        assertEquals(1, v.output().divergence());
        assertEquals("nextTick", v.output().expected().source());
        assertEquals("microtask", v.got().source());
        assertEquals("line 2 should be `tick`, not `promise`", v.failure().message());
    }

    @Test
    void constraintsAreCountedOnTheTraceNotTheText() throws Exception {
        Exercise ex = exercise(TICK_PROMISE, "no setTimeout");
        // The word setTimeout in a string or a comment is not a call.
        assertTrue(check(ex, "// no setTimeout here\nconsole.log('main');\nprocess.nextTick(() => "
                + "console.log('tick'));\nPromise.resolve().then(() => console.log('promise', ''.slice(0, 0) "
                + "|| ''));").constraints().get(0).met());
        ScriptVerdict v = check(ex, """
                console.log('main');
                const t = globalThis['set' + 'Timeout'];
                process.nextTick(() => console.log('tick'));
                Promise.resolve().then(() => { console.log('promise'); t(() => {}, 0); });
                """);
        assertFalse(v.passed());
        assertEquals(Failure.Kind.CONSTRAINT, v.failure().kind());
        assertEquals(0.0, v.score(), "the one constraint broken takes the whole score");
        assertEquals("1 setTimeout call in the trace", v.constraints().get(0).detail());
    }

    @Test
    void sameSourcesComparesEachLinesSource() throws Exception {
        Exercise ex = exercise("console.log('a');\nsetTimeout(() => console.log('b'), 0);", "same sources");
        ScriptVerdict v = check(ex, "console.log('a');\nsetImmediate(() => console.log('b'));");
        assertFalse(v.passed());
        assertEquals(Failure.Kind.CONSTRAINT, v.failure().kind());
        assertEquals("line 2 `b` came from source check, expected timers", v.constraints().get(0).detail());
        assertTrue(check(ex, "console.log('a');\nsetTimeout(() => console.log('b'), 5);").passed());
    }

    @Test
    void howTheRunEndedDecidesFirst() throws Exception {
        Exercise ex = exercise(TICK_PROMISE);
        assertEquals(Failure.Kind.SYNTAX_ERROR, check(ex, "console.log('main'\n").failure().kind());
        ScriptVerdict crash = check(ex, "console.log('main');\nnull.x;");
        assertEquals(Failure.Kind.CRASH, crash.failure().kind());
        assertEquals(1.0 / 3, crash.score(), 1e-9);
        assertEquals(Failure.Kind.EXIT_CODE, check(ex, TICK_PROMISE + "\nprocess.exitCode = 4;").failure().kind());
        assertEquals(Failure.Kind.TIMEOUT, check(ex, TICK_PROMISE + "\nsetInterval(() => {}, 1);", Duration.ofSeconds(3)).failure().kind());
        assertEquals(Failure.Kind.OUTPUT_LIMIT, check(ex, "for (let i = 0; i < 1e5; i++) console.log('main');")
                .failure().kind());
    }

    @Test
    void aRaceInTheReferenceAcceptsEitherOrder() throws Exception {
        Exercise ex = exercise("setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));");
        assertTrue(check(ex, "setImmediate(() => console.log('immediate'));\nsetTimeout(() => console.log('timeout'), 1);")
                .passed());
        assertTrue(check(ex, "const fs = require('fs');\nfs.readFile(__filename, () => {\n"
                + "  setImmediate(() => console.log('immediate'));\n  setTimeout(() => console.log('timeout'), 0);\n});")
                .passed());
    }

    @Test
    void aRaceInTheScriptMustOnlyPrintAcceptedOrders() throws Exception {
        Exercise ex = exercise("setTimeout(() => {\n  console.log('timeout');\n"
                + "  setImmediate(() => console.log('immediate'));\n}, 0);");
        // Its default order is the right one, but Node may run the immediate first.
        ScriptVerdict v = check(ex, "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));");
        assertFalse(v.passed());
        assertEquals(Failure.Kind.RACE, v.failure().kind());
        assertEquals(List.of("immediate", "timeout"), v.otherOrder().texts());
        assertEquals(0.5, v.score(), 1e-9);
    }

    @Test
    void aReferenceThatBreaksItsOwnConstraintIsAnExerciseProblem() throws Exception {
        Exercise ex = exercise(TICK_PROMISE, "no nextTick");
        List<RunOutcome> legal = RUNNER.explore(Program.of(ex.reference(), ex.files()));
        assertEquals(List.of("the reference breaks its own constraint 'no nextTick': 1 nextTick call in the trace"),
                ScriptCheck.referenceProblems(ex, legal));
        assertEquals(List.of(), ScriptCheck.referenceProblems(exercise(TICK_PROMISE), legal));
    }
}
