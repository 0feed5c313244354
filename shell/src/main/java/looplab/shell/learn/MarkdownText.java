package looplab.shell.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import looplab.engine.trace.TextStyle;

/**
 * Lesson Markdown, lightly, for a terminal: headings and {@code **bold**} in bold, {@code `code`}
 * highlighted, fenced blocks indented without their fences. Without colour the text stays as
 * written (Markdown reads well as it is) apart from the fences.
 */
final class MarkdownText {
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,}).*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*");

    private final TextStyle style;
    private final boolean colors;

    MarkdownText(TextStyle style, boolean colors) {
        this.style = style;
        this.colors = colors;
    }

    List<String> render(String markdown) {
        List<String> out = new ArrayList<>();
        String fence = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.matches()) {
                fence = f.group(1);
                continue;
            }
            if (fence != null) {
                char mark = fence.charAt(0);
                if (line.strip().startsWith(fence) && line.strip().chars().allMatch(c -> c == mark)) {
                    fence = null;
                } else {
                    out.add("    " + (colors ? style.apply(TextStyle.Role.PHASE, line) : line));
                }
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                out.add(colors ? style.apply(TextStyle.Role.HEADER, h.group(1)) : line);
                continue;
            }
            out.add(inline(line));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** {@code `code`} and {@code **bold**} within one line. */
    String inline(String line) {
        if (!colors) {
            return line;
        }
        Matcher m = INLINE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String styled = m.group(1) != null ? style.apply(TextStyle.Role.PHASE, m.group(1))
                    : style.apply(TextStyle.Role.HEADER, m.group(2));
            m.appendReplacement(sb, Matcher.quoteReplacement(styled));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
