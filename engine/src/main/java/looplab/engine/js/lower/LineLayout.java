package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Lays lowered code out on the user's lines, so Nashorn's own line numbers are the original
 * ones and nothing downstream (the trace's {@code at}, error headers, stack frames, the guard)
 * needs a mapping. The compiler prints compact code; walking its source map in generated
 * order, a line break is inserted before each mapped position whose original line is further
 * down than the current output line. Code that moved up (hoisted declarations) stays on the
 * current line, and a bare {@code var a, b;} (how the compiler hoists a generator's or a
 * block's variables to its top) moves nothing down: it would drag the whole body after it to
 * the line of its last variable. A break is never put where it would end a statement: after
 * {@code return}, {@code throw}, {@code break} or {@code continue} it waits for the next
 * mapped position, and neither is a break put before a postfix {@code ++} or {@code --}
 * ({@code count\n++} reads as {@code count; ++...}).
 */
final class LineLayout {
    private static final Set<String> RESTRICTED = Set.of("return", "throw", "break", "continue");
    private static final java.util.regex.Pattern BARE_VAR =
            java.util.regex.Pattern.compile("(?<![\\w$.])var [\\w$]+(?:,[\\w$]+)*;");

    private LineLayout() {
    }

    static String layout(String code, List<Transpiler.Mapping> mappings) {
        List<Transpiler.Mapping> sorted = new ArrayList<>(mappings);
        sorted.sort(Comparator.comparingInt(Transpiler.Mapping::offset));
        List<int[]> bare = new ArrayList<>();
        java.util.regex.Matcher v = BARE_VAR.matcher(code);
        while (v.find()) {
            bare.add(new int[] {v.start(), v.end()});
        }
        StringBuilder out = new StringBuilder(code.length() + 256);
        int line = 1;
        int at = 0;
        for (Transpiler.Mapping m : sorted) {
            int offset = Math.min(m.offset(), code.length());
            if (inside(bare, offset)) {
                continue;
            }
            // A statement's mapping may start at the previous statement's pending ';'.
            while (offset < code.length() && code.charAt(offset) == ';') {
                offset++;
            }
            if (offset < at) {
                continue;
            }
            line += count(code, at, offset);
            out.append(code, at, offset);
            at = offset;
            if (m.originalLine() > line && !endsWithRestricted(out) && !startsPostfix(code, offset)) {
                trimTrailingSpace(out);
                while (line < m.originalLine()) {
                    out.append('\n');
                    line++;
                }
            }
        }
        out.append(code, at, code.length());
        return out.toString();
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static int count(String code, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (code.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') {
            n--;
        }
        out.setLength(n);
    }

    /**
     * Does a postfix update operator start at {@code offset}: {@code ++} or {@code --} right
     * after an operand (a name, {@code )} or {@code ]})? No line break may come before it.
     */
    private static boolean startsPostfix(String code, int offset) {
        if (offset == 0 || !(code.startsWith("++", offset) || code.startsWith("--", offset))) {
            return false;
        }
        char before = code.charAt(offset - 1);
        return Character.isJavaIdentifierPart(before) || before == ')' || before == ']';
    }

    private static boolean endsWithRestricted(StringBuilder out) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(out.charAt(start - 1))) {
            start--;
        }
        if (start == end || !RESTRICTED.contains(out.substring(start, end))) {
            return false;
        }
        // `x.return` is a property name, not the keyword.
        return start == 0 || out.charAt(start - 1) != '.';
    }
}
