package looplab.shell.repl;

import java.util.Set;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours JavaScript as it is typed: keywords, strings and template literals, numbers, comments,
 * and dot-commands. A light lexical pass like the completeness check's — it never parses, so a
 * half-typed line is coloured as far as it can be read, and anything unknown stays plain.
 */
final class JsHighlighter implements Highlighter {
    static final AttributedStyle KEYWORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle LITERAL = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
    static final AttributedStyle COMMAND = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

    private static final Set<String> KEYWORDS = Set.of("async", "await", "break", "case", "catch", "class",
            "const", "continue", "debugger", "default", "delete", "do", "else", "export", "extends", "finally",
            "for", "function", "if", "import", "in", "instanceof", "let", "new", "of", "return", "static",
            "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while", "yield");
    private static final Set<String> LITERALS = Set.of("true", "false", "null", "undefined", "NaN", "Infinity");
    private static final Pattern NUMBER_TEXT = Pattern.compile(
            "0[xX][0-9a-fA-F_]+n?|0[bB][01_]+n?|0[oO][0-7_]+n?|(\\d[\\d_]*)?\\.?\\d[\\d_]*([eE][+-]?\\d+)?n?");

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    static AttributedString highlight(String s) {
        AttributedStringBuilder out = new AttributedStringBuilder(s.length());
        if (s.stripLeading().startsWith(".")) {
            int end = s.indexOf(' ');
            end = end < 0 ? s.length() : end;
            out.styled(COMMAND, s.substring(0, end)).append(s.substring(end));
            return out.toAttributedString();
        }
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                int end = s.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.styled(COMMENT, s.substring(i, end));
                i = end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.styled(COMMENT, s.substring(i, end));
                i = end;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = stringEnd(s, i, c);
                out.styled(STRING, s.substring(i, end));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(s.charAt(end))) {
                    end++;
                }
                String word = s.substring(i, end);
                boolean property = i > 0 && s.charAt(i - 1) == '.';
                if (!property && KEYWORDS.contains(word)) {
                    out.styled(KEYWORD, word);
                } else if (!property && LITERALS.contains(word)) {
                    out.styled(LITERAL, word);
                } else {
                    out.append(word);
                }
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))
                    && (i == 0 || !Character.isJavaIdentifierPart(s.charAt(i - 1))))) {
                var m = NUMBER_TEXT.matcher(s).region(i, n);
                int end = m.lookingAt() && m.end() > i ? m.end() : i + 1;
                out.styled(NUMBER, s.substring(i, end));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toAttributedString();
    }

    /** The end of a string or template literal starting at {@code start} (the buffer's end if open). */
    private static int stringEnd(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n' && quote != '`') {
                return i;
            }
            i++;
        }
        return s.length();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // no error marking
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // no error marking
    }
}
