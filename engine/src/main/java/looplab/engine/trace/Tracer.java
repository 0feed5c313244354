package looplab.engine.trace;

import java.util.List;

/**
 * Numbers events and hands them to the sink. When the trace is off ({@link #isOn()} false) the
 * loop skips building events at all, so a run with {@code --trace=off} pays nothing for them.
 */
public final class Tracer {
    private final TraceSink sink;
    private final boolean verbose;
    private long seq;

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

    private long next() {
        return ++seq;
    }

    public void start(String file, String clock, int threadpool) {
        if (sink != null) {
            sink.accept(new TraceEvent.Start(next(), file, clock, threadpool));
        }
    }

    public void schedule(long id, String api, String at, String source, double t, Long delay) {
        if (sink != null) {
            sink.accept(new TraceEvent.Schedule(next(), id, api, at, source, t, delay));
        }
    }

    public void cancel(long id, String api, String at, double t) {
        if (sink != null) {
            sink.accept(new TraceEvent.Cancel(next(), id, api, at, t));
        }
    }

    public void phase(int loop, String phase, double t) {
        if (sink != null) {
            sink.accept(new TraceEvent.PhaseEntered(next(), loop, phase, t));
        }
    }

    public void queues(int loop, String phase, int timers, int immediates, int ticks, int microtasks,
                       int pool) {
        if (sink != null) {
            sink.accept(new TraceEvent.QueueLengths(next(), loop, phase, timers, immediates, ticks,
                    microtasks, pool));
        }
    }

    public void callback(long id, String api, String at, String source, String phase, int loop,
                         double t, Long delay, Integer worker, Double queuedMs, Double ranMs) {
        if (sink != null) {
            sink.accept(new TraceEvent.CallbackStarted(next(), id, api, at, source, phase, loop, t,
                    delay, worker, queuedMs, ranMs));
        }
    }

    public void output(String stream, String text, String source, String phase, int loop, double t) {
        if (sink != null) {
            sink.accept(new TraceEvent.Output(next(), stream, text, source, phase, loop, t));
        }
    }

    public void race(List<Long> ids, String note) {
        if (sink != null) {
            sink.accept(new TraceEvent.Race(next(), List.copyOf(ids), note));
        }
    }

    public void fatal(String kind, String headline, String source, String phase) {
        if (sink != null) {
            sink.accept(new TraceEvent.Fatal(next(), kind, headline, source, phase));
        }
    }

    public void exit(int code, double t) {
        if (sink != null) {
            sink.accept(new TraceEvent.Exit(next(), code, t));
            sink.close();
        }
    }
}
