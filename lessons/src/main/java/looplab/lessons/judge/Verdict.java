package looplab.lessons.judge;

import java.util.List;
import looplab.lessons.run.OutputLine;
import looplab.lessons.run.RunOutcome;

/**
 * How a predicted (or produced) order compares with what the program prints.
 *
 * @param correct    the lines match one of the legal orders exactly
 * @param score      between 0 and 1, as the exercise scores
 * @param matched    the legal order compared against (the one closest to the prediction)
 * @param legal      every order Node can print; more than one when the program meets a race
 * @param predicted  the lines compared
 * @param divergence index of the first line that differs, or -1
 * @param expected   the line that really comes there, or {@code null} when the output ends there
 * @param instead    the predicted line there, or {@code null} when the prediction ends there
 * @param insteadRan where the run printed {@code instead}, or {@code null} when it never did
 * @param rule       the rule that put {@code expected} first, or {@code null} when correct
 */
public record Verdict(boolean correct, double score, RunOutcome matched, List<RunOutcome> legal,
                      List<String> predicted, int divergence, OutputLine expected, String instead,
                      OutputLine insteadRan, Rule rule) {

    /** Whether the program can print more than one order (and any of them is accepted). */
    public boolean raced() {
        return legal.size() > 1;
    }
}
