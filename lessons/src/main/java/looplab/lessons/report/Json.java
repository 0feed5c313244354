package looplab.lessons.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import looplab.engine.trace.JsonTraceRenderer;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON, indented two
 * spaces per level (one line when {@code indent} is false). Maps keep their order.
 */
final class Json {
    private Json() {
    }

    static String write(Object value, boolean indent) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, indent ? 0 : -1);
        return sb.toString();
    }

    /** A score or a time as JSON shows it: an integer when whole, else at most 4 decimals. */
    static Number number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (long) d;
        }
        return Double.parseDouble(String.format(Locale.ROOT, "%.4f", d));
    }

    private static void write(StringBuilder sb, Object v, int level) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            JsonTraceRenderer.escape(sb, s);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof Number n) {
            sb.append(number(n.doubleValue()));
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                newline(sb, level < 0 ? -1 : level + 1);
                JsonTraceRenderer.escape(sb, String.valueOf(e.getKey()));
                sb.append(level >= 0 ? ": " : ":");
                write(sb, e.getValue(), level < 0 ? -1 : level + 1);
            }
            newline(sb, level);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                newline(sb, level < 0 ? -1 : level + 1);
                write(sb, l.get(i), level < 0 ? -1 : level + 1);
            }
            newline(sb, level);
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private static void newline(StringBuilder sb, int level) {
        if (level >= 0) {
            sb.append('\n').append("  ".repeat(level));
        }
    }
}
