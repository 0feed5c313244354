package looplab.lessons.tutor;

import java.nio.file.Path;
import java.util.List;
import looplab.lessons.judge.ScriptVerdict;
import looplab.lessons.judge.Verdict;
import looplab.lessons.model.Constraint;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.Snippet;
import looplab.lessons.run.RunOutcome;

/**
 * What a {@link LessonSession} has to show after an input, in order. A terminal front end
 * renders each kind; it never decides anything a lesson means.
 */
public sealed interface Reply {

    /**
     * A step begins.
     *
     * @param number   1-based, for "step 2 of 5"
     * @param exercise whether it is an exercise (scored)
     * @param prose    Markdown: the step's text, or the exercise's task
     */
    record StepShown(int number, int count, String heading, String prose, boolean exercise) implements Reply {}

    /** A snippet's code, as the learner should read it. */
    record Code(Snippet snippet) implements Reply {}

    /** A {@code run} snippet ran: show the first order's output and trace; {@code legal} has every order Node can print. */
    record Ran(List<RunOutcome> legal) implements Reply {}

    /** Predict: the output lines shuffled and numbered from 1; answer with their numbers in order, or the lines. */
    record Question(List<String> shuffled, int hints) implements Reply {}

    /**
     * Write: the learner edits {@code file} in their editor and asks for a check.
     *
     * @param created whether the file was made just now (else it holds their earlier work)
     * @param target  the lines the script must print on stdout, in one legal order
     */
    record Task(Path file, boolean created, List<String> target, List<Constraint> constraints, int hints)
            implements Reply {}

    /** Markdown attached to the step: the text after its snippet, why it ran so, why several orders are right. */
    record Text(Kind kind, String markdown) implements Reply {
        public enum Kind { CODA, WHY, RACE }
    }

    /** Hint {@code number} of {@code total}. */
    record Hint(String markdown, int number, int total) implements Reply {}

    /** Typed lines are being collected: {@code given} of {@code needed}. */
    record MoreLines(int given, int needed) implements Reply {}

    /** A prediction compared; {@code attempt} counts from 1. The matched run's trace is {@code verdict.matched()}. */
    record Judged(Verdict verdict, int attempt) implements Reply {}

    /** A written script checked ({@code verdict.run()} is the run to show). */
    record Checked(ScriptVerdict verdict, Path file, int attempt) implements Reply {}

    /** A short message for the learner (how to answer, nothing more to hint, …). */
    record Note(String text) implements Reply {}

    /** Something went wrong that the learner should know about but that does not stop the lesson. */
    record Warning(String text) implements Reply {}

    /** The last step is done. */
    record Finished(Lesson lesson, LessonProgress.Summary summary) implements Reply {}

    /** The learner asked to stop; progress is saved. */
    record Quit() implements Reply {}
}
