package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import looplab.engine.js.InputScanner;
import looplab.engine.js.InputScanner.Token;

/**
 * Private class members ({@code #count}, {@code #helper()}, {@code static #n}, {@code #x in o}),
 * which the Closure Compiler cannot parse, rewritten before it runs into computed members keyed
 * by hidden symbols:
 * <ul>
 *   <li>a use {@code obj.#x} becomes {@code obj[$jscomp.lpKey("id#x")]}, where the key is a
 *       symbol made once per private name; reading it from an object that lacks the member
 *       reaches a throwing accessor on {@code Object.prototype}, so a wrong receiver is V8's
 *       TypeError ("Cannot read private member #x from an object whose class did not declare
 *       it"), as is a read before the field is initialized;</li>
 *   <li>a declaration ({@code #x = 1}, {@code static #s}) is keyed by a second
 *       symbol, the <em>definer</em>, whose setter on {@code Object.prototype} defines the real
 *       key on the object as a non-enumerable property, which keeps it out of
 *       {@code console.log}, {@code Object.keys}, spread and {@code JSON.stringify}; a method
 *       ({@code #m() {}}) by a third, whose setter defines it as not writable and names the
 *       function {@code #m}; getters and setters ({@code get #x()}) are defined under the real
 *       key directly;</li>
 *   <li>{@code #x in obj} becomes {@code $jscomp.lpIn("id#x", obj)}.</li>
 * </ul>
 * The rewrite keeps every line where it was (errors and the trace still point at the user's
 * lines; columns on those lines may move). A use outside any class declaring the name is
 * V8's early SyntaxError. Known differences from V8, accepted: a class evaluated twice (a
 * class factory) shares its private names across both classes, writing a private member to a
 * wrong object defines it instead of throwing, and static private members are inherited by
 * subclasses.
 */
final class PrivateNames {

    /** A syntax error found by the rewrite, at a 1-based line and 0-based column of the source. */
    static final class Misuse extends Exception {
        final int line;
        final int column;

        Misuse(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /** The tokens that may end the right-hand side of {@code #x in obj} (a relational operand). */
    private static final Set<String> IN_OPERAND_END = Set.of(",", ";", "?", ":", "=>", "&&", "||", "??", "&", "|",
            "^", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "instanceof", "in", "=", "+=", "-=", "*=",
            "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=");

    /** A private name as written after {@code #}: its text with escapes decoded, where it ends, the token after it. */
    private record Name(String text, int end, int next) {}

    /**
     * The name after the {@code #} token at {@code index}, read from the source: identifier
     * characters and {@code \\uXXXX} / {@code \\u{X}} escapes (one name, however it is spelled,
     * as in V8), or null when no name follows.
     */
    private static Name nameAt(String code, List<Token> tokens, int index) {
        int at = tokens.get(index).start() + 1;
        StringBuilder name = new StringBuilder("#");
        while (at < code.length()) {
            char c = code.charAt(at);
            if (c == '\\' && code.startsWith("\\u", at)) {
                boolean braced = code.startsWith("\\u{", at);
                int digitsFrom = at + (braced ? 3 : 2);
                int digitsTo = braced ? code.indexOf('}', digitsFrom) : digitsFrom + 4;
                if (digitsTo < 0 || digitsTo > code.length()) {
                    break;
                }
                try {
                    name.appendCodePoint(Integer.parseInt(code.substring(digitsFrom, digitsTo), 16));
                } catch (IllegalArgumentException notAnEscape) {
                    break;
                }
                at = digitsTo + (braced ? 1 : 0);
            } else if (c != '\\' && InputScanner.wordPartAt(code, at) > 0) {
                int len = InputScanner.wordPartAt(code, at);
                name.append(code, at, at + len);
                at += len;
            } else {
                break;
            }
        }
        if (name.length() == 1 || Character.isDigit(name.charAt(1))) {
            return null;
        }
        int next = index + 1;
        while (next < tokens.size() && tokens.get(next).start() < at) {
            next++;
        }
        return new Name(name.toString(), at, next);
    }

    /** A class body: its braces' token indexes, its depth and the kind of each private name it declares. */
    private record ClassBody(int open, int close, int depth, Map<String, String> kinds) {
        Set<String> names() {
            return kinds.keySet();
        }
    }

    private record Edit(int from, int to, String text) {}

    private PrivateNames() {
    }

    /** Whether {@code code} may use private names at all (a cheap look before any scanning). */
    static boolean mayUse(String code) {
        for (int i = code.indexOf('#'); i >= 0 && i + 1 < code.length(); i = code.indexOf('#', i + 1)) {
            char next = code.charAt(i + 1);
            if (Character.isJavaIdentifierStart(next) || Character.isUnicodeIdentifierStart(code.codePointAt(i + 1))
                    || next == '\\') {
                return true;
            }
        }
        return false;
    }

    static String rewrite(String code) throws Misuse {
        if (!mayUse(code)) {
            return code;
        }
        List<Token> tokens = InputScanner.tokens(code);
        List<ClassBody> classes = classBodies(code, tokens);
        String prefix = Long.toHexString(crc(code)) + ":";
        List<Edit> edits = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token hash = tokens.get(i);
            Name written = hash.text().equals("#") ? nameAt(code, tokens, i) : null;
            if (written == null) {
                continue;
            }
            String name = written.text();
            int next = written.next();
            String before = i > 0 ? tokens.get(i - 1).text() : "";
            boolean member = before.equals(".") || before.equals("?.");
            ClassBody owner = declaringClass(classes, i, name);
            if (owner == null) {
                throw misuse(code, hash, "Private field '" + name + "' must be declared in an enclosing class");
            }
            String id = ids.computeIfAbsent(owner.open() + name, k -> prefix + ids.size() + name);
            int end = written.end();
            if (member) {
                if (i > 1 && tokens.get(i - 2).text().equals("super")) {
                    throw misuse(code, hash, "Unexpected private field");
                }
                if (isDeleted(tokens, i, next)) {
                    throw misuse(code, hash, "Private fields can not be deleted");
                }
                // obj.#x -> obj[key]; obj?.#x -> obj?.[key]
                int from = before.equals(".") ? tokens.get(i - 1).start() : hash.start();
                edits.add(new Edit(from, end, "[$jscomp.lpKey(\"" + id + "\")]"));
            } else if (hash.depth() == owner.depth() + 1 && next < tokens.size() && !tokens.get(next).text().equals("in")) {
                boolean accessor = i > 0 && (before.equals("get") || before.equals("set"));
                boolean method = !accessor && tokens.get(next).text().equals("(");
                edits.add(new Edit(hash.start(), end,
                        "[$jscomp." + (accessor ? "lpKey" : method ? "lpMethod" : "lpDefiner") + "(\"" + id + "\")]"));
                if (accessor && !"pair".equals(owner.kinds().get(name))) {
                    missingHalf(code, tokens, i, next, id, name, before, edits);
                }
            } else if (next < tokens.size() && tokens.get(next).text().equals("in")) {
                int operandEnd = inOperandEnd(code, tokens, next + 1);
                edits.add(new Edit(hash.start(), tokens.get(next).start() + 2, "$jscomp.lpIn(\"" + id + "\","));
                edits.add(new Edit(operandEnd, operandEnd, ")"));
            } else {
                throw misuse(code, hash, "Unexpected identifier '" + name + "'");
            }
        }
        return apply(code, edits);
    }

    /**
     * A private getter without a setter (or the other way round) gets the missing half, which
     * throws V8's TypeError ("'#x' was defined without a setter"): without it, a write would
     * be Nashorn's error about a symbol, and a read of a setter alone would give undefined.
     * It goes right after the accessor's body, on the same line.
     */
    private static void missingHalf(String code, List<Token> tokens, int hash, int next, String id, String name,
            String kind, List<Edit> edits) {
        if (next >= tokens.size() || !tokens.get(next).text().equals("(")) {
            return;
        }
        int depth = tokens.get(next).depth();
        int k = next + 1;
        while (k < tokens.size() && !(tokens.get(k).text().equals(")") && tokens.get(k).depth() == depth)) {
            k++;
        }
        k++;
        if (k >= tokens.size() || !tokens.get(k).text().equals("{")) {
            return;
        }
        int bodyEnd = k + 1;
        while (bodyEnd < tokens.size() && !(tokens.get(bodyEnd).text().equals("}") && tokens.get(bodyEnd).depth() == depth)) {
            bodyEnd++;
        }
        if (bodyEnd >= tokens.size()) {
            return;
        }
        boolean isStatic = hash >= 2 && tokens.get(hash - 2).text().equals("static");
        String key = "[$jscomp.lpKey(\"" + id + "\")]";
        String message = "'" + name + "' was defined without a " + (kind.equals("get") ? "setter" : "getter");
        String half = (kind.equals("get") ? " set " + key + "(v) {" : " get " + key + "() {")
                + " throw new TypeError(" + jsString(message) + "); }";
        int at = tokens.get(bodyEnd).start() + 1;
        edits.add(new Edit(at, at, (isStatic ? " static" : "") + half));
    }

    private static String jsString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Is the member expression ending in the private name at {@code hash} (the chain before
     * it, then {@code .#x}, with {@code next} the token after the name) the operand of
     * {@code delete}, bare or in parentheses? V8's early error.
     */
    private static boolean isDeleted(List<Token> tokens, int hash, int next) {
        if (next < tokens.size()) {
            String after = tokens.get(next).text();
            if (after.equals(".") || after.equals("?.") || after.equals("[") || after.equals("(") || after.equals("`t`")) {
                return false;   // the chain goes on: the private member is not the operand
            }
        }
        int k = hash - 2;       // the last token of the object before . or ?.
        int start = -1;
        while (k >= 0) {
            String t = tokens.get(k).text();
            if (t.equals(")") || t.equals("]")) {
                int open = matchingOpen(tokens, k);
                if (open < 0) {
                    return false;
                }
                String before = open > 0 ? tokens.get(open - 1).text() : "";
                boolean callOrIndex = open > 0 && (tokens.get(open - 1).isWord() && !before.equals("delete")
                        && !before.equals("typeof") && !before.equals("void") && !before.equals("return")
                        || before.equals(")") || before.equals("]") || before.equals("?."));
                start = open;
                if (callOrIndex) {
                    k = before.equals("?.") ? open - 2 : open - 1;
                    continue;
                }
                break;          // a parenthesized object
            }
            if (tokens.get(k).isWord() || t.equals("'s'") || Character.isDigit(t.charAt(0))) {
                start = k;
                if (k > 0 && (tokens.get(k - 1).text().equals(".") || tokens.get(k - 1).text().equals("?."))) {
                    k -= 2;
                    continue;
                }
                break;
            }
            return false;
        }
        if (start < 0) {
            return false;
        }
        // Parentheses wrapped around the whole expression, then delete.
        int end = next;
        int before = start - 1;
        while (before >= 0 && tokens.get(before).text().equals("(") && end < tokens.size()
                && tokens.get(end).text().equals(")") && tokens.get(end).depth() == tokens.get(before).depth()) {
            before--;
            end++;
        }
        if (end > next && end < tokens.size()) {
            String after = tokens.get(end).text();
            if (after.equals(".") || after.equals("?.") || after.equals("[") || after.equals("(") || after.equals("`t`")) {
                return false;   // (this.#x).y: the parenthesized member is an object again
            }
        }
        return before >= 0 && tokens.get(before).text().equals("delete");
    }

    /** The index of the bracket that the closing bracket at {@code close} closes, or -1. */
    private static int matchingOpen(List<Token> tokens, int close) {
        String open = tokens.get(close).text().equals(")") ? "(" : "[";
        int depth = tokens.get(close).depth();
        for (int k = close - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.depth() == depth && t.text().equals(open)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The index of the opening brace of the class body whose {@code class} keyword is token
     * {@code i}, or -1 when token {@code i} is not that keyword (a property or method called
     * "class", or a class with no body yet).
     */
    static int classBodyOpen(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.text().equals("class") || (i > 0 && (tokens.get(i - 1).text().equals(".")
                || tokens.get(i - 1).text().equals("?.")))) {
            return -1;
        }
        if (i + 1 < tokens.size() && (tokens.get(i + 1).text().equals(":") || tokens.get(i + 1).text().equals("("))) {
            return -1;
        }
        for (int j = i + 1; j < tokens.size() && tokens.get(j).depth() >= t.depth(); j++) {
            if (tokens.get(j).text().equals("{") && tokens.get(j).depth() == t.depth()) {
                return j;
            }
        }
        return -1;
    }

    /** Each class body: its braces' token indexes and the private names declared directly in it. */
    private static List<ClassBody> classBodies(String code, List<Token> tokens) throws Misuse {
        List<ClassBody> bodies = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int open = classBodyOpen(tokens, i);
            if (open < 0) {
                continue;
            }
            int close = tokens.size();
            for (int j = open + 1; j < tokens.size(); j++) {
                if (tokens.get(j).text().equals("}") && tokens.get(j).depth() == t.depth()) {
                    close = j;
                    break;
                }
            }
            // Each name once, but for one getter and one setter (V8's early errors).
            Map<String, String> kinds = new HashMap<>();
            for (int j = open + 1; j + 1 < close; j++) {
                Token h = tokens.get(j);
                String prev = tokens.get(j - 1).text();
                Name written = h.text().equals("#") && h.depth() == t.depth() + 1 ? nameAt(code, tokens, j) : null;
                if (written != null && !prev.equals(".") && !prev.equals("?.")) {
                    String name = written.text();
                    String kind = prev.equals("get") || prev.equals("set") ? prev : "value";
                    String earlier = kinds.put(name, kind);
                    if (name.equals("#constructor")) {
                        throw misuse(code, h, "Classes may not have a private field named '#constructor'");
                    }
                    if (earlier != null && (earlier.equals(kind) || earlier.equals("value") || kind.equals("value")
                            || earlier.equals("pair"))) {
                        throw misuse(code, h, "Identifier '" + name + "' has already been declared");
                    }
                    if (earlier != null) {
                        kinds.put(name, "pair");
                    }
                }
            }
            bodies.add(new ClassBody(open, close, t.depth(), kinds));
        }
        return bodies;
    }

    /** The innermost class body around token {@code index} that declares {@code name}. */
    private static ClassBody declaringClass(List<ClassBody> classes, int index, String name) {
        ClassBody best = null;
        for (ClassBody c : classes) {
            if (c.open() < index && index < c.close() && c.names().contains(name)
                    && (best == null || c.open() > best.open())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Where the right-hand side of {@code in} ends (a shift expression): before the first token
     * at its own nesting depth that binds more loosely, before a bracket that closes around it,
     * or at the end of a line after which a new statement begins.
     */
    private static int inOperandEnd(String code, List<Token> tokens, int first) {
        if (first >= tokens.size()) {
            return code.length();
        }
        int depth = tokens.get(first).depth();
        int lastEnd = tokenEnd(tokens.get(first));
        for (int k = first + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.depth() < depth || (t.depth() == depth && (IN_OPERAND_END.contains(t.text())
                    || (t.isWord() && code.substring(lastEnd, t.start()).contains("\n")
                        && !tokens.get(k - 1).text().equals(".") && !tokens.get(k - 1).text().equals("?."))))) {
                return lastEnd;
            }
            if (t.depth() == depth) {
                lastEnd = tokenEnd(t);
            }
        }
        return lastEnd;
    }

    /** InputScanner records strings, regexes and template ends at their last character. */
    private static int tokenEnd(Token t) {
        return switch (t.text()) {
            case "'s'", "/r/" -> t.start();
            case "`t`" -> t.start() + 1;
            default -> t.start() + t.text().length();
        };
    }

    private static String apply(String code, List<Edit> edits) {
        edits.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(a.to(), b.to()));
        StringBuilder sb = new StringBuilder(code.length() + edits.size() * 32);
        int at = 0;
        for (Edit e : edits) {
            sb.append(code, at, e.from()).append(e.text());
            at = Math.max(at, e.to());
        }
        return sb.append(code, at, code.length()).toString();
    }

    private static Misuse misuse(String code, Token at, String message) {
        int[] where = lineAndColumn(code, at.start());
        return new Misuse(message, where[0], where[1]);
    }

    private static int[] lineAndColumn(String code, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart};
    }

    private static long crc(String code) {
        CRC32 crc = new CRC32();
        crc.update(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
