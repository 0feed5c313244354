package looplab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a line written in pieces shows in the trace, and that seq and t stay in order. */
class TracerTest {
    private final List<TraceEvent> events = new ArrayList<>();
    private final Tracer tracer = new Tracer(new TraceSink() {
        @Override
        public void accept(TraceEvent event) {
            events.add(event);
        }

        @Override
        public void close() {
        }
    }, false);

    /** Each event as "type:detail", in the order the sink got them. */
    private List<String> shown() {
        List<String> out = new ArrayList<>();
        long seq = 0;
        double t = 0;
        for (TraceEvent e : events) {
            assertEquals(seq + 1, e.seq(), "seq grows by one");
            seq = e.seq();
            if (e instanceof TraceEvent.CallbackStarted c) {
                out.add("callback:" + c.source());
                t = checkTime(t, c.t());
            } else if (e instanceof TraceEvent.Output o) {
                out.add(o.stream() + ":" + o.text() + "@" + o.source());
                t = checkTime(t, o.t());
            } else if (e instanceof TraceEvent.Schedule s) {
                out.add("schedule:" + s.api());
                t = checkTime(t, s.t());
            } else if (e instanceof TraceEvent.Exit) {
                out.add("exit");
            }
        }
        return out;
    }

    private static double checkTime(double last, double t) {
        assertEquals(true, t >= last, "t never runs backwards: " + t + " after " + last);
        return t;
    }

    @Test
    void aLineFinishedInALaterCallbackShowsBeforeThatCallback() {
        tracer.callback(1, "main", "a.js:1", "main", "main", 0, 0, null, null, null, null);
        Tracer.OpenLine line = tracer.openLine(); // process.stdout.write('a')
        tracer.schedule(2, "setTimeout", "a.js:2", "timers", 0.5, 1L);
        tracer.callback(2, "setTimeout", "a.js:2", "timers", "timers", 1, 1.0, 1L, null, null, null);
        tracer.output("stderr", "warn", "timers", "timers", 1, 1.2);
        tracer.closeLine(line, "stdout", "ab", "main", "main", 0, 1.5); // process.stdout.write('b\n')
        tracer.exit(0, 2.0);
        assertEquals(List.of("callback:main", "schedule:setTimeout", "stdout:ab@main", "callback:timers",
                "stderr:warn@timers", "exit"), shown());
    }

    @Test
    void aLineFinishedInTheCallbackThatBeganItKeepsTheOrderLinesWereFinishedIn() {
        tracer.callback(1, "main", "a.js:1", "main", "main", 0, 0, null, null, null, null);
        Tracer.OpenLine line = tracer.openLine(); // process.stdout.write('a')
        tracer.output("stderr", "warn", "main", "main", 0, 0.1); // console.error('warn')
        tracer.closeLine(line, "stdout", "ab", "main", "main", 0, 0.2);
        tracer.callback(2, "setTimeout", "a.js:2", "timers", "timers", 1, 1.0, 1L, null, null, null);
        tracer.exit(0, 2.0);
        assertEquals(List.of("callback:main", "stderr:warn@main", "stdout:ab@main", "callback:timers", "exit"),
                shown());
    }

    @Test
    void linesNeverFinishedLeaveNothingAndReleaseWhatWasHeld() {
        tracer.callback(1, "main", "a.js:1", "main", "main", 0, 0, null, null, null, null);
        tracer.openLine();
        tracer.callback(2, "nextTick", "a.js:2", "nextTick", "main", 0, 0.1, null, null, null, null);
        tracer.exit(0, 1.0);
        assertEquals(List.of("callback:main", "callback:nextTick", "exit"), shown());
    }
}
