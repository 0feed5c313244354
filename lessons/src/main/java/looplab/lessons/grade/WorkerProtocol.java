package looplab.lessons.grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import looplab.lessons.run.OutputLine;
import looplab.lessons.run.RunOutcome;

/**
 * The line protocol between the grader and its worker processes ({@link GradeWorker}): request
 * lines, each with an id, and the worker's answers as lines, fields separated by tabs, each field
 * escaped so it holds no tab or newline. A worker runs several requests at once (its lanes); each
 * answer comes as one piece, its lines after {@code ANSWER id} up to {@code DONE} or {@code FAIL}.
 * A line with an unknown tag is ignored, so stray output on the worker's stdout (a JVM's last
 * words) cannot be mistaken for an answer.
 *
 * <pre>
 * worker:  READY                                  once, when its engine is up
 * grader:  RUN  id  dir  name  timeoutMillis     run dir/name, every order it can print
 * worker:  START id                               before each run of it (the grader's watchdog resets)
 *          ANSWER id                              the answer to request id follows
 *          OUT                                    an outcome follows
 *          LINE stream source phase loop t api at callback queuedIn text
 *          SCHED api count
 *          RACE note
 *          CHOICE true|false
 *          END  exitCode timedOut fatal           end of the outcome (fatal empty: none)
 *          DONE                                   end of the answer
 *          FAIL message                           the worker could not run it (instead of DONE)
 *          GONE flood|memory|stuck [id]           a run cannot be stopped (id: whose; none: the heap
 *                                                 is full, whose is not known); the worker ends now
 * </pre>
 */
final class WorkerProtocol {
    static final String READY = "READY";
    static final String RUN = "RUN";
    static final String START = "START";
    static final String ANSWER = "ANSWER";
    static final String DONE = "DONE";
    static final String FAIL = "FAIL";
    static final String GONE = "GONE";
    static final String GONE_FLOOD = "flood";
    static final String GONE_MEMORY = "memory";
    static final String GONE_STUCK = "stuck";

    private WorkerProtocol() {
    }

    /** A request the worker understands. */
    record Request(String id, String dir, String name, long timeoutMillis) {
        String line() {
            return join(RUN, id, dir, name, Long.toString(timeoutMillis));
        }

        static Request parse(List<String> fields) {
            return new Request(fields.get(1), fields.get(2), fields.get(3), Long.parseLong(fields.get(4)));
        }
    }

    /** The lines of one outcome, without {@code DONE}. */
    static List<String> encode(RunOutcome o) {
        List<String> lines = new ArrayList<>();
        lines.add("OUT");
        for (OutputLine l : o.lines()) {
            lines.add(join("LINE", l.stream(), l.source(), l.phase(), Integer.toString(l.loop()),
                    Double.toString(l.t()), l.api(), l.at(), Long.toString(l.callback()), l.queuedIn(), l.text()));
        }
        for (Map.Entry<String, Integer> e : o.scheduled().entrySet()) {
            lines.add(join("SCHED", e.getKey(), Integer.toString(e.getValue())));
        }
        for (String race : o.races()) {
            lines.add(join("RACE", race));
        }
        for (Boolean choice : o.choices()) {
            lines.add(join("CHOICE", choice.toString()));
        }
        lines.add(join("END", Integer.toString(o.exitCode()), Boolean.toString(o.timedOut()),
                o.fatal() == null ? "" : o.fatal()));
        return lines;
    }

    /** Reads outcomes back, line by line; the trace's events do not travel. */
    static final class Decoder {
        private final List<RunOutcome> outcomes = new ArrayList<>();
        private List<OutputLine> lines;
        private Map<String, Integer> scheduled;
        private List<String> races;
        private List<Boolean> choices;

        /** Takes one line of an answer; false for a line it does not know. */
        boolean accept(List<String> f) {
            switch (f.get(0)) {
                case "OUT" -> {
                    lines = new ArrayList<>();
                    scheduled = new LinkedHashMap<>();
                    races = new ArrayList<>();
                    choices = new ArrayList<>();
                }
                case "LINE" -> lines.add(new OutputLine(f.get(10), f.get(1), f.get(2), f.get(3),
                        Integer.parseInt(f.get(4)), Double.parseDouble(f.get(5)), f.get(6), f.get(7),
                        Long.parseLong(f.get(8)), f.get(9)));
                case "SCHED" -> scheduled.put(f.get(1), Integer.parseInt(f.get(2)));
                case "RACE" -> races.add(f.get(1));
                case "CHOICE" -> choices.add(Boolean.parseBoolean(f.get(1)));
                case "END" -> outcomes.add(new RunOutcome(List.copyOf(lines), Map.copyOf(scheduled),
                        List.copyOf(races), List.copyOf(choices), Integer.parseInt(f.get(1)),
                        f.get(3).isEmpty() ? null : f.get(3), Boolean.parseBoolean(f.get(2)), List.of()));
                default -> {
                    return false;
                }
            }
            return true;
        }

        List<RunOutcome> outcomes() {
            return List.copyOf(outcomes);
        }
    }

    static String join(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            if (sb.length() > 0) {
                sb.append('\t');
            }
            escape(f, sb);
        }
        return sb.toString();
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                f.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields;
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }
}
