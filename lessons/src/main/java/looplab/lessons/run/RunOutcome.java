package looplab.lessons.run;

import java.util.List;
import java.util.Map;
import looplab.engine.trace.TraceEvent;

/**
 * Everything one run of a program produced, read off its trace.
 *
 * @param lines      every output line, both streams, in the order written
 * @param scheduled  how many requests each API made ({@code setTimeout → 2}), cancelled ones included
 * @param races      the notes of the orders Node does not guarantee that this run decided
 * @param choices    the answers this run gave to those races, for exploring the others
 * @param exitCode   the process's exit code
 * @param fatal      the {@code fatal} event's kind and headline ({@code uncaughtException: Error: x}),
 *                   or {@code null}
 * @param timedOut   whether the run was stopped by its time limit
 * @param events     the whole trace, to show it
 */
public record RunOutcome(List<OutputLine> lines, Map<String, Integer> scheduled, List<String> races,
                         List<Boolean> choices, int exitCode, String fatal, boolean timedOut,
                         List<TraceEvent> events) {

    /** The output lines' text, in order. */
    public List<String> texts() {
        return lines.stream().map(OutputLine::text).toList();
    }

    /** What went to stdout, as {@code node FILE > out} would hold it. */
    public String stdout() {
        StringBuilder sb = new StringBuilder();
        for (OutputLine l : lines) {
            if (l.stream().equals("stdout")) {
                sb.append(l.text()).append('\n');
            }
        }
        return sb.toString();
    }

    public boolean failed() {
        return fatal != null || timedOut || exitCode != 0;
    }

    public int count(String api) {
        return scheduled.getOrDefault(api, 0);
    }
}
