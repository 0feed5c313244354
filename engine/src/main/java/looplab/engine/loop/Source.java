package looplab.engine.loop;

/**
 * What kind of callback produced a line: the queue or phase a callback was scheduled on.
 * The trace names come from here and nowhere else.
 */
public enum Source {
    MAIN("main"),
    NEXT_TICK("nextTick"),
    MICROTASK("microtask"),
    TIMERS("timers"),
    PENDING("pending"),
    POLL("poll"),
    CHECK("check"),
    CLOSE("close");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    /** The trace name, e.g. {@code "nextTick"}. */
    public String label() {
        return label;
    }
}
