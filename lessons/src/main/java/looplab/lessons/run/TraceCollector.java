package looplab.lessons.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import looplab.engine.trace.TraceEvent;
import looplab.engine.trace.TraceSink;

/** Keeps a run's trace and reads the outcome off it: lines with their callbacks, counts, races. */
final class TraceCollector implements TraceSink {
    /**
     * Events kept to show a trace; a program that runs a callback loop until its time limit
     * makes millions, which would cost the grader its memory, not the program.
     */
    static final int MAX_EVENTS = 100_000;

    private final List<TraceEvent> events = new ArrayList<>();
    private final List<OutputLine> lines = new ArrayList<>();
    private final Map<String, Integer> scheduled = new LinkedHashMap<>();
    private final List<String> races = new ArrayList<>();
    private String fatal;
    private String currentApi = "main";
    private String currentAt = "";
    private long currentId;
    private TraceEvent previous;
    private boolean timedOut;
    private String phase = "main";
    private String currentQueuedIn = "main";
    private final Map<Long, String> queuedIn = new java.util.HashMap<>();

    boolean timedOut() {
        return timedOut;
    }

    /**
     * Whether {@code s} is the next pool trip of a call already counted: Node's fs.readFile is
     * open, fstat, read and close, four trips, each scheduled by the one before it as its first
     * act, under the call's own API and line. One call for a constraint such as "exactly 1
     * fs.readFile". (The user's callback runs in the last trip; a readFile it makes is counted,
     * unless it is that callback's first act on the very line of the first call.)
     */
    private static boolean continues(TraceEvent before, TraceEvent.Schedule s) {
        return before instanceof TraceEvent.CallbackStarted c && c.worker() != null && c.api().equals(s.api())
                && java.util.Objects.equals(c.at(), s.at());
    }

    @Override
    public void accept(TraceEvent event) {
        if (events.size() < MAX_EVENTS) {
            events.add(event);
        }
        TraceEvent before = previous;
        previous = event;
        if (event instanceof TraceEvent.Start s) {
            currentAt = s.file();
        } else if (event instanceof TraceEvent.Schedule s) {
            if (!continues(before, s)) {
                scheduled.merge(s.api(), 1, Integer::sum);
            }
            queuedIn.put(s.id(), phase);
        } else if (event instanceof TraceEvent.CallbackStarted c) {
            currentApi = c.api();
            currentAt = c.at();
            currentId = c.id();
            phase = c.phase();
            // Forgotten once run (an interval runs again under its id): a runaway chain of
            // immediates must not fill the grader's memory with ids.
            String q = c.api().equals("setInterval") ? queuedIn.get(c.id()) : queuedIn.remove(c.id());
            currentQueuedIn = q == null ? "main" : q;
        } else if (event instanceof TraceEvent.PhaseEntered p) {
            phase = p.phase();
        } else if (event instanceof TraceEvent.Output o) {
            lines.add(new OutputLine(o.text(), o.stream(), o.source(), o.phase(), o.loop(), o.t(), currentApi,
                    currentAt, currentId,
                    currentQueuedIn));
        } else if (event instanceof TraceEvent.Race r) {
            races.add(r.note());
        } else if (event instanceof TraceEvent.Fatal f) {
            if (fatal == null) {
                fatal = f.kind() + ": " + f.headline();
            }
            timedOut |= f.kind().equals("timeout");
        }
    }

    RunOutcome outcome(List<Boolean> choices, int exitCode, boolean timedOut) {
        return new RunOutcome(List.copyOf(lines), Map.copyOf(scheduled), List.copyOf(races), choices, exitCode,
                fatal, timedOut, List.copyOf(events));
    }
}
