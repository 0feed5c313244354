package looplab.engine.js.lower;

import java.util.Set;

/**
 * V8's wording for the commonest syntax errors. The compiler says "primary expression
 * expected" or "';' expected" where V8 names the token it tripped over ("Unexpected token
 * ')'", "Unexpected identifier 'x'", "Unexpected end of input"); messages that already mean
 * something specific ("await must be inside asynchronous function") are kept.
 */
final class SyntaxMessages {
    private static final Set<String> KEYWORDS = Set.of("break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "export", "extends", "finally",
            "for", "function", "if", "import", "in", "instanceof", "new", "return", "super", "switch",
            "this", "throw", "try", "typeof", "var", "void", "while", "with", "null", "true", "false");

    private SyntaxMessages() {
    }

    static String v8Style(String message, String code, int line, int column) {
        if (!(message.endsWith(" expected") || message.startsWith("Unexpected") || message.startsWith("Unsupported"))) {
            return message;
        }
        String[] lines = code.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return "Unexpected end of input";
        }
        String text = lines[line - 1];
        int at = column;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length()) {
            return line == lines.length || restIsBlank(lines, line) ? "Unexpected end of input" : message;
        }
        char c = text.charAt(at);
        if (Character.isJavaIdentifierStart(c)) {
            int end = at;
            while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
            String word = text.substring(at, end);
            return KEYWORDS.contains(word) ? "Unexpected token '" + word + "'" : "Unexpected identifier '" + word + "'";
        }
        if (Character.isDigit(c)) {
            return "Unexpected number";
        }
        if (c == '"' || c == '\'') {
            return "Unexpected string";
        }
        if (c == '`') {
            return "Unexpected template string";
        }
        return "Unexpected token '" + c + "'";
    }

    private static boolean restIsBlank(String[] lines, int line) {
        for (int i = line; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return false;
            }
        }
        return true;
    }
}
