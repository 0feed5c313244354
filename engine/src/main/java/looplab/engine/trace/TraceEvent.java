package looplab.engine.trace;

import java.util.List;

/**
 * What happened during a run, one record per event of DESIGN.md's trace. Every event carries
 * {@code seq}, which grows by one per event over the whole run. Renderers turn these into text
 * or JSON; the engine never formats them itself.
 */
public sealed interface TraceEvent {
    long seq();

    record Start(long seq, String file, String clock, int threadpool) implements TraceEvent {}

    /** {@code delay} is the requested delay for timers after Node's coercion, else {@code null}. */
    record Schedule(long seq, long id, String api, String at, String source, double t, Long delay)
            implements TraceEvent {}

    record Cancel(long seq, long id, String api, String at, double t) implements TraceEvent {}

    record PhaseEntered(long seq, int loop, String phase, double t) implements TraceEvent {}

    /** {@code --trace=verbose} only: what is waiting as a phase starts. */
    record QueueLengths(long seq, int loop, String phase, int timers, int immediates, int ticks,
                        int microtasks, int pool) implements TraceEvent {}

    /**
     * Before a callback runs. For timers {@code delay} is the requested delay and {@code t} the
     * actual time; pool work also has {@code worker}, {@code queuedMs} and {@code ranMs}.
     */
    record CallbackStarted(long seq, long id, String api, String at, String source, String phase,
                           int loop, double t, Long delay, Integer worker, Double queuedMs,
                           Double ranMs) implements TraceEvent {}

    record Output(long seq, String stream, String text, String source, String phase, int loop,
                  double t) implements TraceEvent {}

    record Race(long seq, List<Long> ids, String note) implements TraceEvent {}

    record Fatal(long seq, String kind, String headline, String source, String phase)
            implements TraceEvent {}

    record Exit(long seq, int code, double t) implements TraceEvent {}
}
