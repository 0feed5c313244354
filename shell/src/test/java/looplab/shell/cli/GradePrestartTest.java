package looplab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import looplab.lessons.grade.GradeOptions;
import org.junit.jupiter.api.Test;

/** The worker a grade command line is guessed to need before picocli has parsed it. */
class GradePrestartTest {
    private static final int DEFAULT = GradeOptions.defaults().workers();

    private static GradePrestart.Guess guess(String... argv) {
        return GradePrestart.guess(argv);
    }

    @Test
    void theDefaultsWithoutOptions() {
        assertEquals(new GradePrestart.Guess(DEFAULT, "384m"), guess("grade", "ex.md", "class"));
        assertEquals(new GradePrestart.Guess(DEFAULT, "384m"), guess("grade", "--format", "json", "ex.md", "class"));
    }

    @Test
    void workersAndHeapInBothSpellings() {
        assertEquals(new GradePrestart.Guess(4, "1g"), guess("grade", "--workers", "4", "--worker-heap=1g", "ex.md", "s"));
        assertEquals(new GradePrestart.Guess(1, "256m"), guess("grade", "ex.md", "s", "--workers=1", "--worker-heap", "256m"));
    }

    @Test
    void nothingWhenNoWorkerOrNoGradeIsLikely() {
        assertNull(guess("run", "a.js", "b"));
        assertNull(guess("grade", "ex.md"), "a usage error");
        assertNull(guess("grade", "--workers", "0", "ex.md", "s"), "scripts in this process");
        assertNull(guess("grade", "--help", "ex.md", "s"));
        assertNull(guess("grade", "-V", "ex.md", "s"));
        assertNull(guess("grade", "@args.txt", "ex.md"), "an argument file may say anything");
        assertNull(guess("grade", "--workers", "many", "ex.md", "s"));
        assertNull(guess("grade", "--worker-heap", "lots", "ex.md", "s"));
        assertNull(guess("grade", "ex.md", "s", "--workers"));
    }

    @Test
    void argumentsAfterTheEndOfOptionsAreFiles() {
        assertEquals(new GradePrestart.Guess(DEFAULT, "384m"), guess("grade", "ex.md", "--", "--workers=0"));
    }
}
