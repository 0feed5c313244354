package looplab.lessons.grade;

import java.util.List;
import looplab.lessons.judge.Failure;
import looplab.lessons.judge.ScriptVerdict;
import looplab.lessons.judge.Verdict;

/**
 * One submission, graded (or the reason it could not be).
 *
 * @param submission what was graded
 * @param passed     right answer, every rule kept
 * @param score      0 to 1, as the exercise scores
 * @param failure    why it did not pass, or {@code null}
 * @param predicted  a predict answer's lines, or {@code null}
 * @param verdict    the comparison of the graded lines with the legal orders, or {@code null} when
 *                   nothing could be compared (unreadable answer, a run that took its worker down)
 * @param script     a write exercise's full check, or {@code null}
 * @param millis     how long grading it took
 */
public record GradeResult(Submission submission, boolean passed, double score, Failure failure,
                          List<String> predicted, Verdict verdict, ScriptVerdict script, long millis) {

    /** Whether it got a verdict at all: false only for looplab's own failures. */
    public boolean graded() {
        return failure == null || failure.kind() != Failure.Kind.NOT_GRADED;
    }

    public GradeResult withMillis(long ms) {
        return new GradeResult(submission, passed, score, failure, predicted, verdict, script, ms);
    }

    static GradeResult failed(Submission s, Failure failure) {
        return new GradeResult(s, false, 0.0, failure, null, null, null, 0);
    }
}
