package looplab.engine.trace;

/** Where trace events go: a renderer, a collector in tests, or nowhere. */
public interface TraceSink {
    void accept(TraceEvent event);

    /** Called once after the {@code exit} event. */
    default void close() {
    }
}
