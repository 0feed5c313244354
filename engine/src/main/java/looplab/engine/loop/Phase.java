package looplab.engine.loop;

/**
 * Where the loop is when a callback runs, declared in run order. The lower-case names are the
 * trace vocabulary of DESIGN.md; this enum is the only place those strings come from.
 *
 * <p>{@code MAIN} is the main script (before the loop starts) and {@code EXIT} is the time after
 * the loop has emptied, when {@code 'beforeExit'} and {@code 'exit'} listeners run.
 */
public enum Phase {
    MAIN, TIMERS, PENDING, IDLE, PREPARE, POLL, CHECK, CLOSE, EXIT;

    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    /** The trace name, e.g. {@code "timers"}. */
    public String label() {
        return label;
    }
}
