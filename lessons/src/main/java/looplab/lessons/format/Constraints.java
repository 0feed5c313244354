package looplab.lessons.format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import looplab.lessons.model.Constraint;

/** Reads one item of a {@code ### Constraints} list. */
public final class Constraints {
    private static final Pattern COUNT = Pattern.compile(
            "(exactly|at least|at most)\\s+(\\d+)\\s+([A-Za-z][\\w.]*?)(?:\\s+calls?)?");
    private static final Pattern NONE = Pattern.compile("no\\s+([A-Za-z][\\w.]*?)(?:\\s+calls?)?");

    private Constraints() {
    }

    public static Constraint parse(String item, String fileName, int line) throws LessonFormatException {
        String text = item.replace("`", "").replaceAll("\\(\\)", "").strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("same sources")) {
            return new Constraint(Constraint.Kind.SAME_SOURCES, null, 0, item);
        }
        if (lower.equals("same phases")) {
            return new Constraint(Constraint.Kind.SAME_PHASES, null, 0, item);
        }
        Matcher none = NONE.matcher(text);
        if (none.matches()) {
            return new Constraint(Constraint.Kind.EXACTLY, api(none.group(1), item, fileName, line), 0, item);
        }
        Matcher count = COUNT.matcher(text);
        if (count.matches()) {
            Constraint.Kind kind = switch (count.group(1)) {
                case "exactly" -> Constraint.Kind.EXACTLY;
                case "at least" -> Constraint.Kind.AT_LEAST;
                default -> Constraint.Kind.AT_MOST;
            };
            return new Constraint(kind, api(count.group(3), item, fileName, line),
                    Integer.parseInt(count.group(2)), item);
        }
        throw new LessonFormatException(fileName, line, "cannot read the constraint '" + item
                + "' (expected 'no API', 'exactly N API', 'at least N API', 'at most N API', 'same sources', 'same phases')");
    }

    /** The trace's api name for what a teacher wrote: {@code process.nextTick} is {@code nextTick}. */
    static String api(String written, String item, String fileName, int line) throws LessonFormatException {
        String api = switch (written) {
            case "process.nextTick", "nextTick" -> "nextTick";
            case "then", "await", "Promise", "promises" -> "promise";
            default -> written;
        };
        if (KNOWN.contains(api) || api.matches("(fs|crypto)\\.[a-zA-Z][a-zA-Z0-9]*")) {
            return api;
        }
        throw new LessonFormatException(fileName, line, "the constraint '" + item + "' names '" + written
                + "', which the trace never schedules (known: " + String.join(", ", KNOWN)
                + ", fs.<method>, crypto.<method>)");
    }

    private static final java.util.List<String> KNOWN = java.util.List.of("setTimeout", "setInterval",
            "setImmediate", "nextTick", "queueMicrotask", "promise");
}
