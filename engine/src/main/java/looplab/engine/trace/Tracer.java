package looplab.engine.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Numbers events and hands them to the sink. When the trace is off ({@link #isOn()} false) the
 * loop skips building events at all, so a run with {@code --trace=off} pays nothing for them.
 *
 * <p>A line the program writes in pieces is labelled by the callback that wrote its first
 * piece, but its text is known only once its last piece is in, maybe several callbacks later.
 * When another callback or phase starts while a line is open ({@link #openLine()}), that event
 * and all after it are held back until the line is finished ({@link #closeLine}), so that the
 * line's {@code output} event comes before it: after the callback the line is labelled with,
 * as DESIGN.md's trace has it. Lines finished before that (another stream's, within the same
 * callback) keep the order they were finished in, as Node's streams show them. Events are
 * numbered as they reach the sink, so {@code seq} still grows by one in the order shown.
 */
public final class Tracer {
    private final TraceSink sink;
    private final boolean verbose;
    private long seq;
    /** Events held back while some line is open, each an event to number or an {@link OpenLine}; or null. */
    private List<Object> held;
    /** Open lines whose callback is still running: no place needed yet. */
    private final List<OpenLine> unplaced = new ArrayList<>();
    private int openLines;

    /** A line begun but not finished: its place in the trace, filled by {@link #closeLine}. */
    public static final class OpenLine {
        private LongFunction<TraceEvent> event;
        /** The time of the event it was placed before: its own, so that t never runs backwards. */
        private double placedAt = Double.NaN;
    }

    public Tracer(TraceSink sink, boolean verbose) {
        this.sink = sink;
        this.verbose = verbose;
    }

    public static Tracer off() {
        return new Tracer(null, false);
    }

    public boolean isOn() {
        return sink != null;
    }

    /** Verbose traces also show empty phases and every scheduling request. */
    public boolean isVerbose() {
        return verbose;
    }

    private void emit(LongFunction<TraceEvent> event) {
        if (sink == null) {
            return;
        }
        if (held != null) {
            held.add(event);
        } else {
            sink.accept(event.apply(++seq));
        }
    }

    public void start(String file, String clock, int threadpool) {
        emit(s -> new TraceEvent.Start(s, file, clock, threadpool));
    }

    public void schedule(long id, String api, String at, String source, double t, Long delay) {
        emit(s -> new TraceEvent.Schedule(s, id, api, at, source, t, delay));
    }

    public void cancel(long id, String api, String at, double t) {
        emit(s -> new TraceEvent.Cancel(s, id, api, at, t));
    }

    /** Another callback or phase starts: the lines still open take their places before it. */
    private void emitBoundary(LongFunction<TraceEvent> event, double t) {
        if (!unplaced.isEmpty()) {
            if (held == null) {
                held = new ArrayList<>();
            }
            for (OpenLine line : unplaced) {
                line.placedAt = t;
                held.add(line);
            }
            unplaced.clear();
        }
        emit(event);
    }

    public void phase(int loop, String phase, double t) {
        emitBoundary(s -> new TraceEvent.PhaseEntered(s, loop, phase, t), t);
    }

    public void queues(int loop, String phase, int timers, int immediates, int ticks, int microtasks,
                       int pool) {
        emit(s -> new TraceEvent.QueueLengths(s, loop, phase, timers, immediates, ticks, microtasks, pool));
    }

    public void callback(long id, String api, String at, String source, String phase, int loop,
                         double t, Long delay, Integer worker, Double queuedMs, Double ranMs) {
        emitBoundary(s -> new TraceEvent.CallbackStarted(s, id, api, at, source, phase, loop, t, delay, worker,
                queuedMs, ranMs), t);
    }

    public void output(String stream, String text, String source, String phase, int loop, double t) {
        emit(s -> new TraceEvent.Output(s, stream, text, source, phase, loop, t));
    }

    /** A line has begun and is not finished ({@code null} when the trace is off). */
    public OpenLine openLine() {
        if (sink == null) {
            return null;
        }
        OpenLine line = new OpenLine();
        unplaced.add(line);
        openLines++;
        return line;
    }

    /**
     * The line {@code line} is finished, at time {@code t}: its output event goes where its
     * callback ended, or here if that callback is still running.
     */
    public void closeLine(OpenLine line, String stream, String text, String source, String phase, int loop,
                          double t) {
        double at = Double.isNaN(line.placedAt) ? t : line.placedAt;
        line.event = s -> new TraceEvent.Output(s, stream, text, source, phase, loop, at);
        if (unplaced.remove(line)) {
            emit(line.event); // finished by the callback that began it
        }
        if (--openLines == 0 && held != null) {
            release();
        }
    }

    private void release() {
        List<Object> events = held;
        held = null;
        for (Object e : events) {
            @SuppressWarnings("unchecked")
            LongFunction<TraceEvent> event = e instanceof OpenLine line ? line.event : (LongFunction<TraceEvent>) e;
            if (event != null) { // (a line never finished, at exit: nothing to show)
                sink.accept(event.apply(++seq));
            }
        }
    }

    public void race(List<Long> ids, String note) {
        List<Long> copy = List.copyOf(ids);
        emit(s -> new TraceEvent.Race(s, copy, note));
    }

    public void fatal(String kind, String headline, String source, String phase) {
        emit(s -> new TraceEvent.Fatal(s, kind, headline, source, phase));
    }

    public void exit(int code, double t) {
        if (sink != null) {
            unplaced.clear(); // lines never finished: nothing to show
            openLines = 0;
            if (held != null) {
                release();
            }
            sink.accept(new TraceEvent.Exit(++seq, code, t));
            sink.close();
        }
    }
}
