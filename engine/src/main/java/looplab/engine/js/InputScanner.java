package looplab.engine.js;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A light lexical pass over JavaScript typed at the REPL, with no parse: it knows strings,
 * template literals (and the code in their {@code ${}}), comments, regular expression literals
 * and bracket nesting. It answers the two questions the REPL asks before evaluating:
 * <ul>
 *   <li>{@link #isIncomplete}: should the prompt continue (an open bracket, template literal or
 *       block comment, or a line ending in an operator that needs a right-hand side)?</li>
 *   <li>{@link #tokens}: the code tokens with their nesting, so that top-level {@code await}
 *       can be found and rewritten ({@link TopLevelAwait}).</li>
 * </ul>
 * Anything it cannot judge it calls complete: the engine then reports the real syntax error.
 */
public final class InputScanner {
    /** Tokens after which a {@code /} starts a regular expression rather than a division. */
    private static final Set<String> REGEX_AFTER_WORD = Set.of(
            "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case",
            "do", "else", "yield", "await");
    /** Operators that cannot end a statement: the line goes on. */
    private static final Set<String> CONTINUING = Set.of(
            "+", "-", "*", "/", "%", "**", "=", "+=", "-=", "*=", "/=", "%=", "**=", "&&", "||", "??",
            "&", "|", "^", "<<", ">>", ">>>", "==", "===", "!=", "!==", "<", ">", "<=", ">=", "=>",
            ",", ".", "?", ":", "!", "~", "&&=", "||=", "??=", "&=", "|=", "^=", "<<=", ">>=", ">>>=", "?.");
    private static final String[] PUNCTUATORS = {
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "**", "<<", ">>",
    };

    /** A code token: a word, a number, a punctuator or a bracket; {@code depth} counts open brackets. */
    public record Token(String text, int start, int depth) {
        public boolean isWord() {
            return !text.isEmpty() && (Character.isJavaIdentifierStart(text.charAt(0))
                    || Character.isUnicodeIdentifierStart(text.codePointAt(0)) || text.startsWith("\\u"));
        }
    }

    /** What the scan saw: tokens and what was still open at the end. */
    public record Scan(List<Token> tokens, boolean openBracket, boolean openTemplate, boolean openComment) {}

    private InputScanner() {
    }

    /** Whether the REPL should read another line before evaluating {@code code}. */
    public static boolean isIncomplete(String code) {
        Scan s = scan(code);
        if (s.openBracket || s.openTemplate || s.openComment) {
            return true;
        }
        if (s.tokens.isEmpty()) {
            return false;
        }
        String last = s.tokens.get(s.tokens.size() - 1).text;
        // "x++" and "x--" end statements; a dangling binary operator does not.
        return CONTINUING.contains(last);
    }

    public static List<Token> tokens(String code) {
        return scan(code).tokens;
    }

    public static Scan scan(String code) {
        List<Token> tokens = new ArrayList<>();
        // Each entry is a bracket: '(' '[' '{', or '`' for a template's ${ ... }.
        Deque<Character> brackets = new ArrayDeque<>();
        int i = 0;
        int n = code.length();
        boolean inTemplate = false;
        while (i < n) {
            if (inTemplate) {
                int end = templateEnd(code, i);
                if (end < 0) {
                    return new Scan(tokens, !brackets.isEmpty(), true, false);
                }
                if (code.startsWith("${", end)) {
                    brackets.push('`');
                    i = end + 2;
                } else {
                    i = end + 1;
                    tokens.add(new Token("`t`", end, brackets.size()));
                }
                inTemplate = false;
                continue;
            }
            char c = code.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0') {
                i++;
            } else if (code.startsWith("//", i)) {
                int nl = code.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (code.startsWith("/*", i)) {
                int close = code.indexOf("*/", i + 2);
                if (close < 0) {
                    return new Scan(tokens, !brackets.isEmpty(), false, true);
                }
                i = close + 2;
            } else if (c == '\'' || c == '"') {
                i = stringEnd(code, i, c);
                tokens.add(new Token("'s'", i, brackets.size()));
            } else if (c == '`') {
                inTemplate = true;
                i++;
            } else if (c == '/' && regexAllowed(tokens)) {
                i = regexEnd(code, i);
                tokens.add(new Token("/r/", i, brackets.size()));
            } else if (c == '(' || c == '[' || c == '{') {
                tokens.add(new Token(String.valueOf(c), i, brackets.size()));
                brackets.push(c);
                i++;
            } else if (c == ')' || c == ']' || c == '}') {
                Character open = brackets.peek();
                if (open != null && open == '`' && c == '}') {
                    brackets.pop();
                    inTemplate = true;
                    i++;
                    continue;
                }
                if (open != null) {
                    brackets.pop();
                }
                tokens.add(new Token(String.valueOf(c), i, brackets.size()));
                i++;
            } else if (wordPartAt(code, i) > 0) {
                int start = i;
                for (int len; i < n && ((len = wordPartAt(code, i)) > 0
                        || (Character.isDigit(code.charAt(start)) && code.charAt(i) == '.')); ) {
                    i += Math.max(len, 1);
                }
                tokens.add(new Token(code.substring(start, i), start, brackets.size()));
            } else {
                String p = punctuator(code, i);
                tokens.add(new Token(p, i, brackets.size()));
                i += p.length();
            }
        }
        return new Scan(tokens, !brackets.isEmpty(), inTemplate, false);
    }

    /**
     * The length of the identifier part at {@code i} (0 if none): a character Java or Unicode
     * takes for one (so U+2118, an ECMAScript identifier start Java rejects, too), a surrogate
     * pair, or a backslash escape (u and four hex digits, or u{X}).
     */
    public static int wordPartAt(String code, int i) {
        char c = code.charAt(i);
        if (c == '\\') {
            if (code.startsWith("\\u{", i)) {
                int close = code.indexOf('}', i + 3);
                return close > i + 3 && close - i <= 10 ? close + 1 - i : 0;
            }
            return code.startsWith("\\u", i) && i + 6 <= code.length() ? 6 : 0;
        }
        if (Character.isJavaIdentifierPart(c)) {
            return 1;
        }
        int cp = code.codePointAt(i);
        return Character.isUnicodeIdentifierPart(cp) && !Character.isWhitespace(cp) ? Character.charCount(cp) : 0;
    }

    private static String punctuator(String code, int i) {
        for (String p : PUNCTUATORS) {
            if (code.startsWith(p, i)) {
                return p;
            }
        }
        return String.valueOf(code.charAt(i));
    }

    /** Index of the closing backquote or of the {@code ${}, or -1 when the template is still open. */
    private static int templateEnd(String code, int i) {
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`' || code.startsWith("${", i)) {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** A quoted string ends at its quote or, unterminated, at the end of the line (an error). */
    private static int stringEnd(String code, int i, char quote) {
        i++;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return code.length();
    }

    private static int regexEnd(String code, int i) {
        boolean inClass = false;
        i++;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\n') {
                return i;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                i++;
                while (i < code.length() && Character.isLetter(code.charAt(i))) {
                    i++;
                }
                return i;
            }
            i++;
        }
        return code.length();
    }

    private static boolean regexAllowed(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        Token prev = tokens.get(tokens.size() - 1);
        String t = prev.text;
        if (t.equals(")") || t.equals("]") || t.equals("}") || t.equals("'s'") || t.equals("`t`")
                || t.equals("/r/") || t.equals("++") || t.equals("--")) {
            return false;
        }
        if (prev.isWord() || Character.isDigit(t.charAt(0))) {
            return REGEX_AFTER_WORD.contains(t);
        }
        return true;
    }
}
