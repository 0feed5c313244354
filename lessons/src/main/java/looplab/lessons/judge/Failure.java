package looplab.lessons.judge;

/**
 * Why a submission did not pass, as one of a few kinds reports and statistics can count, and a
 * sentence for the student.
 *
 * @param kind    what went wrong
 * @param message what the student reads
 */
public record Failure(Kind kind, String message) {

    public enum Kind {
        /** The lines are not in an order the program can print. */
        WRONG_OUTPUT("wrong output"),
        /** The script breaks one of the exercise's constraints. */
        CONSTRAINT("constraint not met"),
        /** The script meets a race, and one of the orders Node may print is not accepted. */
        RACE("race"),
        /** The script does not compile. */
        SYNTAX_ERROR("syntax error"),
        /** An uncaught exception or an unhandled rejection ended it. */
        CRASH("uncaught error"),
        /** It ended with another exit code than 0 ({@code process.exit(n)}, {@code process.exitCode}). */
        EXIT_CODE("exit code"),
        /** It ran past the time limit (an endless loop, a timer that never stops). */
        TIMEOUT("timed out"),
        /** It wrote more than the output cap. */
        OUTPUT_LIMIT("output limit exceeded"),
        /** It used more memory than a grading worker has. */
        MEMORY_LIMIT("memory limit exceeded"),
        /** The grading worker running it died for another reason. */
        WORKER_CRASH("crashed"),
        /** A prediction that cannot be read (a number given twice, a missing file). */
        BAD_ANSWER("unreadable answer"),
        /** looplab could not grade it: its own failure, never the student's. */
        NOT_GRADED("not graded");

        /** The short label reports use. */
        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }
}
