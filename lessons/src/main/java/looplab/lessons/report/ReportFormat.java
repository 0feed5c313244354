package looplab.lessons.report;

import java.util.List;
import looplab.lessons.grade.GradeResult;
import looplab.lessons.model.Exercise;

/** The report formats of {@code looplab check} and {@code looplab grade} ({@code --format}). */
public enum ReportFormat {
    TEXT("txt"), JSON("json"), JUNIT("xml"), TAP("tap"), GRADESCOPE("json");

    /** The file extension {@code grade --out} gives a submission's report. */
    public final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /**
     * A report on several submissions on one stream. Text is the teacher's summary (the
     * student's full report when there is one submission); Gradescope is one results.json
     * per line.
     */
    public String render(Exercise ex, List<GradeResult> results) {
        return switch (this) {
            case TEXT -> results.size() == 1 ? TextReport.student(ex, results.get(0)) : TextReport.summary(ex, results);
            case JSON -> JsonReport.render(ex, results);
            case JUNIT -> JunitReport.render(ex, results);
            case TAP -> TapReport.render(ex, results);
            case GRADESCOPE -> results.size() == 1 ? GradescopeReport.render(ex, results.get(0))
                    : GradescopeReport.lines(ex, results);
        };
    }

    /** The report on one submission, as {@code grade --out} writes it to its own file. */
    public String renderOne(Exercise ex, GradeResult result) {
        return switch (this) {
            case TEXT -> TextReport.student(ex, result);
            case GRADESCOPE -> GradescopeReport.render(ex, result);
            default -> render(ex, List.of(result));
        };
    }
}
