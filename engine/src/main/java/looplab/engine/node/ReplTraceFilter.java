package looplab.engine.node;

import looplab.engine.trace.TraceEvent;
import looplab.engine.trace.TraceSink;

/**
 * The REPL's view of the trace. The session's tracer is always verbose (so {@code .trace verbose}
 * can be switched on at any time); unless verbose is wanted, a phase is passed on only once
 * something happens in it, which is what the loop itself does for a non-verbose trace. The
 * session's own errands on the loop thread (completion, {@code .queues}, {@code .clock}) are
 * not the program's work and never show.
 */
final class ReplTraceFilter implements TraceSink {
    /** The api name of the session's own callbacks. */
    static final String INTERNAL = "looplab";

    private final TraceSink sink;
    private volatile boolean verbose;
    private TraceEvent.PhaseEntered held;

    ReplTraceFilter(TraceSink sink) {
        this.sink = sink;
    }

    void setVerbose(boolean on) {
        verbose = on;
    }

    @Override
    public void accept(TraceEvent event) {
        if (event instanceof TraceEvent.Start || event instanceof TraceEvent.Exit) {
            return;
        }
        if (event instanceof TraceEvent.CallbackStarted c && c.api().equals(INTERNAL)) {
            return;
        }
        if (event instanceof TraceEvent.Schedule s && s.api().equals(INTERNAL)) {
            return;
        }
        if (event instanceof TraceEvent.QueueLengths && !verbose) {
            return;
        }
        if (event instanceof TraceEvent.PhaseEntered p && !verbose) {
            held = p;
            return;
        }
        if (held != null) {
            TraceEvent.PhaseEntered p = held;
            held = null;
            sink.accept(p);
        }
        sink.accept(event);
    }

    @Override
    public void close() {
        sink.close();
    }
}
