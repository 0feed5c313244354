package looplab.lessons.tutor;

/**
 * What a learner did with one step of a lesson.
 *
 * @param heading  the step's heading when it was recorded (a reader of the file can tell steps apart)
 * @param exercise the exercise id ({@code LESSON-ID/N}) for an exercise step, else {@code null}
 * @param done     the learner moved past it (or answered it correctly)
 * @param score    between 0 and 1 for a prediction or exercise, {@code null} for a step that asks nothing.
 *                 A prediction scores its first answer (a retry comes after seeing the trace); a
 *                 written script scores its best check
 * @param attempts answers given, or scripts checked
 * @param hints    hints asked for
 * @param correct  an answer or a script was right at some attempt
 * @param skipped  the learner skipped the question
 */
public record StepRecord(String heading, String exercise, boolean done, Double score, int attempts, int hints,
                         boolean correct, boolean skipped) {

    static StepRecord fresh(String heading, String exercise) {
        return new StepRecord(heading, exercise, false, null, 0, 0, false, false);
    }

    StepRecord markDone() {
        return new StepRecord(heading, exercise, true, score, attempts, hints, correct, skipped);
    }

    StepRecord withHints(int given) {
        return new StepRecord(heading, exercise, done, score, attempts, Math.max(hints, given), correct, skipped);
    }

    /** One more prediction judged: the first one sets the score. */
    StepRecord predicted(double value, boolean right) {
        return new StepRecord(heading, exercise, done || right, attempts == 0 ? Double.valueOf(value) : score,
                attempts + 1, hints, correct || right, skipped);
    }

    /** One more script checked: the best one sets the score. */
    StepRecord checked(double value, boolean passed) {
        double best = score == null ? value : Math.max(score, value);
        return new StepRecord(heading, exercise, done || passed, best, attempts + 1, hints, correct || passed,
                skipped);
    }

    /** Skipped before it was answered right: it counts as done, scoring what it has (0 when unanswered). */
    StepRecord skip() {
        return new StepRecord(heading, exercise, true, score == null ? Double.valueOf(0) : score, attempts, hints,
                correct, !correct);
    }
}
