package looplab.engine.loop;

/**
 * Control flow that must pass through every callback and every user {@code catch} untouched:
 * the process ending, or a run being stopped. No stack trace is captured.
 */
public abstract class Unwind extends RuntimeException {
    protected Unwind(String message) {
        super(message, null, false, false);
    }
}
