package looplab.engine.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON (RFC 8259) back: JSON trace lines, report files, the lessons' progress file.
 * Objects become {@link LinkedHashMap}s (key order kept), arrays {@link ArrayList}s, numbers
 * {@link Double}s, {@code null} null. Strict on purpose, because tests use it to prove that what
 * looplab writes is JSON other tools accept: a raw control character in a string, an unknown
 * escape, a leading zero or {@code +1} is an {@link IllegalArgumentException} naming the offset.
 * (Writing is {@link JsonTraceRenderer#escape}.)
 */
public final class JsonReader {
    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    /** One JSON value, with nothing but whitespace around it. */
    public static Object parse(String text) {
        JsonReader r = new JsonReader(text);
        r.blank();
        Object value = r.value();
        r.blank();
        if (r.at != text.length()) {
            throw r.error("text after the value");
        }
        return value;
    }

    /** One JSON object, such as a line of a JSON trace. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object: " + text);
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        return switch (peek()) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        blank();
        if (peek() == '}') {
            at++;
            return map;
        }
        while (true) {
            blank();
            if (peek() != '"') {
                throw error("expected a key");
            }
            String key = string();
            blank();
            expect(':');
            blank();
            map.put(key, value());
            blank();
            if (peek() != ',') {
                expect('}');
                return map;
            }
            at++;
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        at++;
        blank();
        if (peek() == ']') {
            at++;
            return list;
        }
        while (true) {
            blank();
            list.add(value());
            blank();
            if (peek() != ',') {
                expect(']');
                return list;
            }
            at++;
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("raw control character in a string");
            }
            at++;
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = peek();
            at++;
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> sb.append(hexChar());
                default -> {
                    at--;
                    throw error("bad escape");
                }
            }
        }
        throw error("unterminated string");
    }

    private char hexChar() {
        if (at + 4 > text.length()) {
            throw error("short \\u escape");
        }
        int code = 0;
        for (int k = 0; k < 4; k++) {
            int digit = Character.digit(text.charAt(at + k), 16);
            if (digit < 0) {
                throw error("bad \\u escape");
            }
            code = code * 16 + digit;
        }
        at += 4;
        return (char) code;
    }

    private Object word(String w, Object value) {
        if (!text.startsWith(w, at)) {
            throw error("unexpected '" + text.charAt(at) + "'");
        }
        at += w.length();
        return value;
    }

    /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
    private Double number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (!digits()) {
            at = start;
            throw error(at < text.length() ? "unexpected '" + text.charAt(at) + "'" : "unexpected end");
        }
        if (peek() == '.') {
            at++;
            if (!digits()) {
                throw error("digits expected after '.'");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!digits()) {
                throw error("digits expected in the exponent");
            }
        }
        return Double.valueOf(text.substring(start, at));
    }

    private boolean digits() {
        int from = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > from;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error(at < text.length() ? "expected '" + c + "'" : "unexpected end, expected '" + c + "'");
        }
        at++;
    }

    /** JSON's whitespace only: space, tab, line feed, carriage return. */
    private void blank() {
        while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at offset " + at);
    }
}
