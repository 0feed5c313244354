package looplab.engine.node;

import looplab.engine.trace.TraceEvent;
import looplab.engine.trace.TraceSink;

/**
 * The REPL's view of the trace. The session's tracer is always verbose (so {@code .trace verbose}
 * can be switched on at any time); unless verbose is wanted, a phase is passed on only once
 * something happens in it, which is what the loop itself does for a non-verbose trace. The
 * session's own errands on the loop thread (completion, {@code .queues}, {@code .clock}) are
 * not the program's work and never show. Nor does the poll-phase header an input itself brings
 * (each input arrives as I/O, in poll): a line typed and echoed is not news; the header appears
 * when a callback of the program runs.
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
        if (isInput(event) && !verbose) {
            held = null;
        }
        if (held != null) {
            TraceEvent.PhaseEntered p = held;
            held = null;
            sink.accept(p);
        }
        sink.accept(event);
    }

    /** An input's own evaluation being queued or run: {@code main}, from {@code REPLn}. */
    static boolean isInput(TraceEvent event) {
        if (event instanceof TraceEvent.CallbackStarted c) {
            return c.api().equals("main") && c.at() != null && c.at().startsWith("REPL");
        }
        if (event instanceof TraceEvent.Schedule s) {
            return s.api().equals("main") && s.at() != null && s.at().startsWith("REPL");
        }
        return false;
    }

    @Override
    public void close() {
        sink.close();
    }
}
