package looplab.lessons.grade;

/** An exercise that cannot be graded against: it cannot be found or read, or its reference fails. */
public final class ExerciseProblem extends Exception {
    public ExerciseProblem(String message) {
        super(message);
    }
}
