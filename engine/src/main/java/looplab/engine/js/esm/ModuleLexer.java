package looplab.engine.js.esm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The tokens of a module's source, with no parse: words, numbers, strings (with their value),
 * template pieces, regular expression literals, punctuators and brackets, each with its offsets,
 * its bracket depth and whether a line break came before it. Enough to find the
 * {@code import}/{@code export} declarations, which only occur at depth 0, and top-level
 * {@code await}; anything it cannot judge, the real parser behind it reports.
 */
final class ModuleLexer {
    enum Kind { WORD, NUMBER, STRING, TEMPLATE, REGEX, PUNCT }

    /**
     * One token. {@code depth} counts the brackets open around it (an opening bracket has the
     * depth outside it, a closing one the same); {@code value} is a string literal's value.
     */
    record Token(Kind kind, String text, int start, int end, int depth, boolean newlineBefore, String value) {
        boolean is(String s) {
            return kind != Kind.STRING && kind != Kind.TEMPLATE && text.equals(s);
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }
    }

    /** Tokens after which a {@code /} starts a regular expression rather than a division. */
    private static final Set<String> REGEX_AFTER_WORD = Set.of(
            "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case",
            "do", "else", "yield", "await", "export", "default");
    private static final String[] PUNCTUATORS = {
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "**", "<<", ">>",
    };

    private ModuleLexer() {
    }

    static List<Token> tokens(String code) {
        List<Token> tokens = new ArrayList<>();
        // Each entry is an open bracket: '(' '[' '{', or '`' for a template's ${ ... }.
        Deque<Character> brackets = new ArrayDeque<>();
        int i = 0;
        int n = code.length();
        boolean newline = true;
        boolean inTemplate = false;
        int templateStart = 0;
        while (i < n) {
            if (inTemplate) {
                int end = templateEnd(code, i);
                if (code.startsWith("${", end)) {
                    tokens.add(new Token(Kind.TEMPLATE, code.substring(templateStart, end + 2), templateStart, end + 2,
                            brackets.size(), newline, null));
                    brackets.push('`');
                    i = end + 2;
                } else {
                    i = Math.min(n, end + 1);
                    tokens.add(new Token(Kind.TEMPLATE, code.substring(templateStart, i), templateStart, i,
                            brackets.size(), newline, null));
                }
                newline = false;
                inTemplate = false;
                continue;
            }
            char c = code.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                newline = true;
                i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (code.startsWith("//", i)) {
                int nl = code.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (code.startsWith("/*", i)) {
                int close = code.indexOf("*/", i + 2);
                int end = close < 0 ? n : close + 2;
                if (code.substring(i, end).indexOf('\n') >= 0) {
                    newline = true;
                }
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = stringEnd(code, i, c);
                tokens.add(new Token(Kind.STRING, code.substring(i, end), i, end, brackets.size(), newline,
                        unquote(code, i + 1, Math.max(i + 1, end - 1))));
                newline = false;
                i = end;
            } else if (c == '`') {
                inTemplate = true;
                templateStart = i;
                i++;
            } else if (c == '/' && regexAllowed(tokens)) {
                int end = regexEnd(code, i);
                tokens.add(new Token(Kind.REGEX, code.substring(i, end), i, end, brackets.size(), newline, null));
                newline = false;
                i = end;
            } else if (c == '(' || c == '[' || c == '{') {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i, i + 1, brackets.size(), newline, null));
                newline = false;
                brackets.push(c);
                i++;
            } else if (c == ')' || c == ']' || c == '}') {
                Character open = brackets.peek();
                if (open != null && open == '`' && c == '}') {
                    brackets.pop();
                    inTemplate = true;
                    templateStart = i;
                    i++;
                    continue;
                }
                if (open != null) {
                    brackets.pop();
                }
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i, i + 1, brackets.size(), newline, null));
                newline = false;
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(code.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '.' || code.charAt(i) == '_'
                        || ((code.charAt(i) == '+' || code.charAt(i) == '-') && (code.charAt(i - 1) == 'e' || code.charAt(i - 1) == 'E')
                            && !code.substring(start, i).startsWith("0x")))) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, code.substring(start, i), start, i, brackets.size(), newline, null));
                newline = false;
            } else if (Character.isJavaIdentifierStart(c) || c == '#' || c == '\\') {
                int start = i;
                i++;
                while (i < n && (Character.isJavaIdentifierPart(code.charAt(i)) || code.charAt(i) == '\\')
                        && code.charAt(i) != '\u0000') {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, code.substring(start, i), start, i, brackets.size(), newline, null));
                newline = false;
            } else {
                String p = punctuator(code, i);
                tokens.add(new Token(Kind.PUNCT, p, i, i + p.length(), brackets.size(), newline, null));
                newline = false;
                i += p.length();
            }
        }
        return tokens;
    }

    private static String punctuator(String code, int i) {
        for (String p : PUNCTUATORS) {
            if (code.startsWith(p, i)) {
                return p;
            }
        }
        return String.valueOf(code.charAt(i));
    }

    /** Index of the closing backquote or of the {@code ${}, or the end of the code. */
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
        return code.length();
    }

    /** A quoted string ends after its quote or, unterminated, at the end of the line. */
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

    /** A string literal's value, for the escapes a module specifier or export name may use. */
    private static String unquote(String code, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to && i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                sb.append(c);
                continue;
            }
            char e = code.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case 'u' -> {
                    if (i + 4 < to && code.charAt(i + 1) != '{') {
                        sb.append((char) Integer.parseInt(code.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                case '\n' -> { }
                default -> sb.append(e);
            }
        }
        return sb.toString();
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
        if (prev.kind == Kind.STRING || prev.kind == Kind.TEMPLATE || prev.kind == Kind.REGEX
                || prev.kind == Kind.NUMBER) {
            return false;
        }
        String t = prev.text;
        if (t.equals(")") || t.equals("]") || t.equals("}") || t.equals("++") || t.equals("--")) {
            return false;
        }
        if (prev.isWord()) {
            return REGEX_AFTER_WORD.contains(t);
        }
        return true;
    }
}
