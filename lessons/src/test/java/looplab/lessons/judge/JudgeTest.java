package looplab.lessons.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import looplab.lessons.model.Exercise;
import looplab.lessons.model.SupportFile;
import looplab.lessons.run.Program;
import looplab.lessons.run.RunOutcome;
import looplab.lessons.run.SnippetRunner;
import org.junit.jupiter.api.Test;

/** Runs real programs: the verdicts come from the trace, never from a table of answers. */
class JudgeTest {
    private static final SnippetRunner RUNNER = SnippetRunner.warm();

    private static List<RunOutcome> legal(String code, SupportFile... files) {
        return RUNNER.explore(new Program("snippet.js", code, List.of(files), Duration.ofSeconds(5)));
    }

    @Test
    void aRightPredictionScoresOne() {
        List<RunOutcome> legal = legal("""
                Promise.resolve().then(() => console.log('promise'));
                process.nextTick(() => console.log('tick'));
                console.log('main');
                """);
        assertEquals(1, legal.size());
        Verdict v = Comparison.compare(List.of("main", "tick", "promise"), legal, Exercise.Scoring.LCS);
        assertTrue(v.correct());
        assertEquals(1.0, v.score());
    }

    @Test
    void aWrongPredictionNamesTheFirstDifferenceAndTheRule() {
        List<RunOutcome> legal = legal("""
                Promise.resolve().then(() => console.log('promise'));
                process.nextTick(() => console.log('tick'));
                console.log('main');
                """);
        Verdict v = Comparison.compare(List.of("main", "promise", "tick"), legal, Exercise.Scoring.LCS);
        assertFalse(v.correct());
        assertEquals(1, v.divergence());
        assertEquals("tick", v.expected().text());
        assertEquals("nextTick", v.expected().source());
        assertEquals("microtask", v.insteadRan().source());
        assertEquals("nexttick-before-promises", v.rule().id());
        assertEquals(2.0 / 3, v.score(), 1e-9);
        assertEquals(0.0, Comparison.compare(List.of("main", "promise", "tick"), legal, Exercise.Scoring.ALL).score());
    }

    @Test
    void syncCodeFirst() {
        Verdict v = Comparison.compare(List.of("later", "now"),
                legal("setTimeout(() => console.log('later'), 0);\nconsole.log('now');"), Exercise.Scoring.LCS);
        assertEquals("sync-first", v.rule().id());
    }

    @Test
    void theScriptItselfRunsTopToBottomBeforeEvenTheMicrotasks() {
        List<RunOutcome> legal = legal("""
                function greet() { console.log('hello'); }
                Promise.resolve().then(() => console.log('promise'));
                console.log('before');
                greet();
                """);
        assertEquals("top-to-bottom", Comparison.compare(List.of("hello", "before", "promise"), legal,
                Exercise.Scoring.LCS).rule().id());
        assertEquals("sync-first", Comparison.compare(List.of("before", "promise", "hello"), legal,
                Exercise.Scoring.LCS).rule().id());
    }

    @Test
    void insideAnIoCallbackTheImmediateWinsAndThereIsNoRace() {
        List<RunOutcome> legal = legal("""
                const fs = require('fs');
                fs.readFile(__filename, () => {
                  setTimeout(() => console.log('timeout'), 0);
                  setImmediate(() => console.log('immediate'));
                });
                """);
        assertEquals(1, legal.size(), "no race inside an I/O callback");
        Verdict v = Comparison.compare(List.of("timeout", "immediate"), legal, Exercise.Scoring.LCS);
        assertEquals("check-before-timers-in-io", v.rule().id());
        assertEquals("poll", v.expected().queuedIn());
    }

    @Test
    void atTopLevelBothOrdersAreLegal() {
        List<RunOutcome> legal = legal("""
                setTimeout(() => console.log('timeout'), 0);
                setImmediate(() => console.log('immediate'));
                """);
        assertEquals(2, legal.size());
        assertNotEquals(legal.get(0).texts(), legal.get(1).texts());
        assertFalse(legal.get(0).races().isEmpty());
        assertTrue(Comparison.compare(List.of("timeout", "immediate"), legal, Exercise.Scoring.ALL).correct());
        Verdict other = Comparison.compare(List.of("immediate", "timeout"), legal, Exercise.Scoring.ALL);
        assertTrue(other.correct());
        assertTrue(other.raced());
    }

    @Test
    void supportFilesSitBesideTheSnippet() {
        List<RunOutcome> legal = legal("console.log(require('./two.js') + 1);",
                new SupportFile("two.js", "module.exports = 2;", 1));
        assertEquals(List.of("3"), legal.get(0).texts());
    }

    @Test
    void answersByNumbersOrByLines() {
        List<String> shuffled = List.of("b", "c", "a");
        assertEquals(List.of("a", "b", "c"), Answer.parse("3 1 2\n", shuffled));
        assertEquals(List.of("a", "b", "c"), Answer.parse("3\n1\n2\n", shuffled));
        assertEquals(List.of("a", "b", "c"), Answer.parse("a\nb  \nc\n\n", shuffled));
        // A program printing numbers: typing its lines is typing the lines.
        assertEquals(List.of("2", "1"), Answer.parse("2\n1\n", List.of("1", "2")));
        assertThrows(IllegalArgumentException.class, () -> Answer.parse("3 1 1", shuffled));
        assertThrows(IllegalArgumentException.class, () -> Answer.parse("3 1", shuffled));
        assertThrows(IllegalArgumentException.class, () -> Answer.parse("4 1 2", shuffled));
    }

    @Test
    void theShuffledListIsStableAndNeverTheRealOrder() {
        List<String> lines = List.of("a", "b", "c", "d");
        assertEquals(Shuffle.of(lines, "x/1"), Shuffle.of(lines, "x/1"));
        assertNotEquals(lines, Shuffle.of(lines, "x/1"));
        assertNotEquals(List.of("a", "b"), Shuffle.of(List.of("a", "b"), "y"));
    }
}
