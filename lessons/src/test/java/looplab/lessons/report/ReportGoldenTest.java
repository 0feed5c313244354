package looplab.lessons.report;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format, whole, against a golden file ({@code src/test/resources/looplab/lessons/
 * report/golden/}). After a deliberate change, rewrite them with
 * {@code -Dlooplab.golden.update=true} and read the diff.
 */
class ReportGoldenTest {
    @TempDir
    static Path dir;
    private static Graded write;
    private static Graded predict;

    @BeforeAll
    static void grade() throws Exception {
        write = Graded.write(dir);
        predict = Graded.predict(dir);
    }

    @Test
    void text() throws Exception {
        Graded.golden("write.summary.txt", ReportFormat.TEXT.render(write.exercise, write.results));
        Graded.golden("write.right.txt", TextReport.student(write.exercise, write.of("right.js")));
        Graded.golden("write.wrong.txt", TextReport.student(write.exercise, write.of("wrong.js")));
        Graded.golden("write.immediate.txt", TextReport.student(write.exercise, write.of("immediate.js")));
        Graded.golden("write.syntax.txt", TextReport.student(write.exercise, write.of("syntax.js")));
        Graded.golden("predict.summary.txt", ReportFormat.TEXT.render(predict.exercise, predict.results));
        Graded.golden("predict.wrong.txt", TextReport.student(predict.exercise, predict.of("wrong.txt")));
        Graded.golden("predict.bad.txt", TextReport.student(predict.exercise, predict.of("bad.txt")));
    }

    @Test
    void json() throws Exception {
        Graded.golden("write.json", ReportFormat.JSON.render(write.exercise, write.results));
        Graded.golden("predict.json", ReportFormat.JSON.render(predict.exercise, predict.results));
    }

    @Test
    void junit() throws Exception {
        Graded.golden("write.junit.xml", ReportFormat.JUNIT.render(write.exercise, write.results));
        Graded.golden("predict.junit.xml", ReportFormat.JUNIT.render(predict.exercise, predict.results));
    }

    @Test
    void tap() throws Exception {
        Graded.golden("write.tap", ReportFormat.TAP.render(write.exercise, write.results));
        Graded.golden("predict.tap", ReportFormat.TAP.render(predict.exercise, predict.results));
    }

    @Test
    void gradescope() throws Exception {
        Graded.golden("write.gradescope.json", ReportFormat.GRADESCOPE.renderOne(write.exercise, write.of("wrong.js")));
        Graded.golden("predict.gradescope.json",
                ReportFormat.GRADESCOPE.renderOne(predict.exercise, predict.of("right.txt")));
    }
}
