package looplab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import looplab.lessons.grade.GradeOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker a grade command line is guessed to need before picocli has parsed it. */
class GradePrestartTest {
    private static final int DEFAULT = GradeOptions.defaults().workers();

    @TempDir
    Path dir;
    private String scripts;
    private String answers;
    private String script;

    @BeforeEach
    void classes() throws IOException {
        Path s = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(s.resolve("a.js"), "console.log(1)");
        Path a = Files.createDirectories(dir.resolve("answers"));
        Files.writeString(a.resolve("a.txt"), "1");
        scripts = s.toString();
        answers = a.toString();
        script = s.resolve("a.js").toString();
    }

    private static GradePrestart.Guess guess(String... argv) {
        return GradePrestart.guess(argv);
    }

    @Test
    void theDefaultsWithoutOptions() {
        assertEquals(new GradePrestart.Guess(DEFAULT, "384m"), guess("grade", "ex.md", scripts));
        assertEquals(new GradePrestart.Guess(DEFAULT, "384m"), guess("grade", "--format", "json", "ex.md", script));
        assertEquals(new GradePrestart.Guess(DEFAULT, "384m"),
                guess("grade", "--out", "reports", "--timeout=2s", "ex.md", answers, scripts));
    }

    @Test
    void workersAndHeapInBothSpellings() {
        assertEquals(new GradePrestart.Guess(4, "1g"), guess("grade", "--workers", "4", "--worker-heap=1g", "ex.md", scripts));
        assertEquals(new GradePrestart.Guess(1, "256m"), guess("grade", "ex.md", scripts, "--workers=1", "--worker-heap", "256m"));
    }

    @Test
    void nothingWhenNoWorkerOrNoGradeIsLikely() {
        assertNull(guess("run", "a.js", scripts));
        assertNull(guess("grade", "ex.md"), "a usage error");
        assertNull(guess("grade", "ex.md", answers), "predictions run nothing");
        assertNull(guess("grade", "ex.md", dir.resolve("missing").toString()));
        assertNull(guess("grade", "--format", scripts, "ex.md"), "an option's value is not a submission");
        assertNull(guess("grade", "--workers", "0", "ex.md", scripts), "scripts in this process");
        assertNull(guess("grade", "--help", "ex.md", scripts));
        assertNull(guess("grade", "-V", "ex.md", scripts));
        assertNull(guess("grade", "@args.txt", "ex.md", scripts), "an argument file may say anything");
        assertNull(guess("grade", "--workers", "many", "ex.md", scripts));
        assertNull(guess("grade", "--worker-heap", "lots", "ex.md", scripts));
        assertNull(guess("grade", "ex.md", scripts, "--workers"));
    }

    @Test
    void argumentsAfterTheEndOfOptionsAreFiles() {
        assertEquals(new GradePrestart.Guess(DEFAULT, "384m"), guess("grade", "ex.md", "--", "--workers=0", scripts));
    }
}
