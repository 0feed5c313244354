package looplab.lessons.judge;

import java.util.List;
import looplab.lessons.run.OutputLine;
import looplab.lessons.run.RunOutcome;

/**
 * How a student's script did on a write exercise ({@link ScriptCheck}).
 *
 * @param passed      graded output in a legal order, every constraint met, the script ended cleanly
 * @param score       0 to 1, as the exercise scores, constraints taking their share
 * @param output      the graded lines (stdout) compared with the reference's graded lines
 * @param run         the script's run (its default order when it meets a race)
 * @param constraints each constraint, checked on {@code run}'s trace
 * @param failure     why it did not pass (the deciding reason), or {@code null}
 * @param otherOrder  a second order the script can print that is not accepted, or {@code null}
 */
public record ScriptVerdict(boolean passed, double score, Verdict output, RunOutcome run,
                            List<ConstraintCheck> constraints, Failure failure, RunOutcome otherOrder) {

    /** The script's own debug output: what it wrote to stderr, never graded. */
    public List<OutputLine> debug() {
        return ScriptCheck.debug(run);
    }

    /** The script's own line at the place of the first difference, or {@code null}. */
    public OutputLine got() {
        List<OutputLine> graded = ScriptCheck.graded(run);
        int i = output.divergence();
        return i >= 0 && i < graded.size() ? graded.get(i) : null;
    }
}
