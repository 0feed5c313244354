package looplab.lessons.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import looplab.lessons.grade.GradeResult;
import looplab.lessons.model.Exercise;

/**
 * Gradescope's autograder {@code results.json} for one submission: the score, and one test —
 * the exercise — with its score and {@code max_score} in the exercise's points (its front
 * matter's {@code points}, 1 by default), pass/fail status, and the student's report
 * as its output. Gradescope runs one container per submission, so {@code looplab check
 * --format gradescope} writes exactly this; {@code looplab grade --out DIR} writes one per
 * submission.
 */
public final class GradescopeReport {
    private GradescopeReport() {
    }

    public static String render(Exercise ex, GradeResult r) {
        return Json.write(results(ex, r), true) + "\n";
    }

    /** Several submissions on one stream: one results.json per line (JSON Lines). */
    public static String lines(Exercise ex, List<GradeResult> results) {
        StringBuilder sb = new StringBuilder();
        for (GradeResult r : results) {
            sb.append(Json.write(results(ex, r), false)).append('\n');
        }
        return sb.toString();
    }

    static Map<String, Object> results(Exercise ex, GradeResult r) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", ex.title() + " (" + ex.id() + ")");
        double points = ex.points();
        test.put("score", Json.number(r.score() * points));
        test.put("max_score", Json.number(points));
        test.put("status", r.passed() ? "passed" : "failed");
        test.put("output", TextReport.student(ex, r));
        test.put("output_format", "text");
        test.put("visibility", "visible");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("score", Json.number(r.score() * points));
        doc.put("output", r.submission().name() + ": " + TextReport.headline(r));
        doc.put("output_format", "text");
        doc.put("visibility", "visible");
        doc.put("stdout_visibility", "hidden");
        doc.put("tests", List.of(test));
        return doc;
    }
}
