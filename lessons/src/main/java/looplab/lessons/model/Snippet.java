package looplab.lessons.model;

import java.time.Duration;

/**
 * A fenced {@code js} block of a lesson or exercise.
 *
 * @param code    the program text
 * @param mode    what the learner does with it
 * @param name    its file name in the trace and in {@code __filename}
 * @param timeout the limit for one run of it
 * @param line    the line of the opening fence, for error messages
 */
public record Snippet(String code, Mode mode, String name, Duration timeout, int line) {

    public enum Mode {
        /** Shown, not run. */
        SHOW,
        /** Shown, run, its trace shown. */
        RUN,
        /** The learner predicts its output order before it runs. */
        PREDICT,
        /** An exercise's reference program. */
        REFERENCE,
        /** A write exercise's starting file. */
        STARTER;

        public boolean runs() {
            return this == RUN || this == PREDICT || this == REFERENCE;
        }
    }
}
