package looplab.engine.js.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import looplab.engine.js.InputScanner;
import looplab.engine.js.InputScanner.Token;

/**
 * Identifiers that ECMAScript allows and neither Nashorn nor the Closure Compiler reads:
 * characters outside what Java takes for an identifier ({@code ℘} U+2118 and the other
 * Other_ID_Start characters, the joiners U+200C/U+200D inside a name) and backslash-u escapes
 * of non-ASCII characters. Each such name is rewritten, on the
 * same line, before either parser sees it, into what means the same to the program:
 * <ul>
 *   <li>a property name after {@code .} or {@code ?.} becomes a computed member with the
 *       name's string ({@code o["℘"]}, the string written with an escape);</li>
 *   <li>a key of a class member or of an object literal becomes that string as a key
 *       ({@code "℘"(v) {}}, {@code {"℘": 1}}); a shorthand property {@code {℘}}
 *       becomes {@code {"℘": $u2118$}};</li>
 *   <li>any other use (a binding or a reference) becomes one identifier Java accepts, the
 *       same for every spelling of the name, each rejected character written {@code $uHEX$}.</li>
 * </ul>
 * A name whose characters Java does accept, but which was written with escapes, is written
 * out plainly. Private names ({@code #℘}) are left to {@link PrivateNames}, which reads them
 * whole. Known difference: a global {@code var ℘} is a global object property under its
 * rewritten name.
 */
final class UnicodeNames {

    /** Tokens after which an opening brace starts an object literal (an expression). */
    private static final Set<String> BEFORE_OBJECT = Set.of("(", "[", ",", "=", ":", "?", "...", "return", "typeof",
            "void", "delete", "yield", "await", "in", "of", "case", "new", "!", "~", "+", "-", "*", "/", "%", "**",
            "<", ">", "<=", ">=", "==", "!=", "===", "!==", "&&", "||", "??", "&", "|", "^", "+=", "-=", "*=", "/=",
            "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=", "<<", ">>", ">>>");
    /** Tokens after which a name in a class body is a member's key. */
    private static final Set<String> BEFORE_CLASS_KEY = Set.of("{", ";", "}", "static", "get", "set", "async",
            "accessor");

    private record Edit(int from, int to, String text) {}

    private UnicodeNames() {
    }

    /** A cheap look: only source with a backslash-u or a non-ASCII character can need this. */
    static boolean mayNeed(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 0x80 || (c == '\\' && i + 1 < code.length() && code.charAt(i + 1) == 'u')) {
                return true;
            }
        }
        return false;
    }

    /** Reserved words, which V8 rejects spelled with escapes anywhere but as a property name. */
    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with");
    /** Words that modify the member key after them, which must not be spelled with escapes then. */
    private static final Set<String> MODIFIERS = Set.of("async", "get", "set", "static");

    static String rewrite(String code) throws PrivateNames.Misuse {
        if (!mayNeed(code)) {
            return code;
        }
        List<Token> tokens = InputScanner.tokens(code);
        int[] enclosing = enclosingBrackets(tokens);
        Set<Integer> classBodies = classBodies(tokens);
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !spelledSpecially(t.text())) {
                continue;
            }
            String prev = i > 0 ? tokens.get(i - 1).text() : "";
            if (prev.equals("#") && tokens.get(i - 1).start() + 1 == t.start()) {
                continue;   // a private name
            }
            String name = decode(t.text());
            if (!isIdentifier(name)) {
                throw misuse(code, t, "Invalid or unexpected token");
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
            int open = enclosing[i];
            boolean member = prev.equals(".") || prev.equals("?.");
            boolean classKey = !member && open >= 0 && classBodies.contains(open) && isClassKey(code, tokens, i);
            boolean objectKey = !member && !classKey && open >= 0 && isObjectLiteral(tokens, open)
                    && isObjectKey(tokens, i);
            if (t.text().indexOf('\\') >= 0) {
                boolean key = member || ((classKey || objectKey) && !next.equals(",") && !next.equals("}"));
                if (RESERVED.contains(name) && !key) {
                    throw misuse(code, t, "Keyword must not contain escaped characters");
                }
                if ((classKey || objectKey) && MODIFIERS.contains(name) && i + 1 < tokens.size()
                        && startsKey(tokens.get(i + 1))) {
                    throw misuse(code, t, name.equals("static") && tokens.get(i + 1).isWord()
                            ? "Unexpected identifier '" + decode(next) + "'"
                            : "Keyword must not contain escaped characters");
                }
                if (name.equals("async") && next.equals("function") && !newlineBetween(code, t, tokens.get(i + 1))) {
                    throw misuse(code, t, "Keyword must not contain escaped characters");
                }
            }
            if (!needsRewrite(t.text())) {
                continue;
            }
            int end = t.start() + t.text().length();
            if (javaAccepts(name)) {
                edits.add(new Edit(t.start(), end, name));
                continue;
            }
            if (prev.equals(".")) {
                edits.add(new Edit(tokens.get(i - 1).start(), end, "[" + literal(name) + "]"));
            } else if (prev.equals("?.")) {
                edits.add(new Edit(t.start(), end, "[" + literal(name) + "]"));
            } else if (classKey) {
                edits.add(new Edit(t.start(), end, literal(name)));
            } else if (objectKey) {
                boolean shorthand = next.equals(",") || next.equals("}") || next.equals("=");
                edits.add(new Edit(t.start(), end, literal(name) + (shorthand ? ": " + mangled(name) : "")));
            } else {
                edits.add(new Edit(t.start(), end, mangled(name)));
            }
        }
        if (edits.isEmpty()) {
            return code;
        }
        StringBuilder sb = new StringBuilder(code.length() + edits.size() * 8);
        int at = 0;
        for (Edit e : edits) {
            sb.append(code, at, e.from()).append(e.text());
            at = e.to();
        }
        return sb.append(code, at, code.length()).toString();
    }

    /** Whether a word has an escape or a non-ASCII character, and so must be checked. */
    private static boolean spelledSpecially(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return false;   // a number
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\\' || c >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /** An ECMAScript IdentifierName: ID_Start, $ or _ first, then ID_Continue, $ or a joiner. */
    static boolean isIdentifier(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length == 0) {
            return false;
        }
        for (int k = 0; k < cps.length; k++) {
            int c = cps[k];
            // (U+2E2F is a letter modifier, but Pattern_Syntax: no identifier character)
            boolean ok = c != 0x2E2F && (c == '$' || c == '_' || (k == 0
                    ? Character.isUnicodeIdentifierStart(c)
                    : (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c))
                        || c == 0x200C || c == 0x200D));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Can this token start a member's key (after a modifier)? */
    private static boolean startsKey(Token t) {
        String s = t.text();
        return t.isWord() || s.equals("'s'") || s.equals("[") || s.equals("#") || s.equals("*")
                || Character.isDigit(s.charAt(0));
    }

    private static PrivateNames.Misuse misuse(String code, Token at, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at.start(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new PrivateNames.Misuse(message, line, at.start() - lineStart);
    }

    /** Whether a word is spelled with a non-ASCII escape or holds a character a Java-based parser rejects. */
    static boolean needsRewrite(String word) {
        if (word.indexOf('\\') >= 0) {
            String name = decode(word);
            return !name.chars().allMatch(c -> c < 0x80) || !javaAccepts(name);
        }
        return !javaAccepts(word);
    }

    /** Does Java (and so Nashorn and Closure) take this for an identifier? Joiners count as not. */
    static boolean javaAccepts(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.isJavaIdentifierPart(c) && Character.getType(c) != Character.FORMAT);
    }

    /** The name a word spells, its backslash-u escapes decoded. */
    static String decode(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            if (word.startsWith("\\u{", i)) {
                int close = word.indexOf('}', i);
                sb.appendCodePoint(Integer.parseInt(word.substring(i + 3, close), 16));
                i = close + 1;
            } else if (word.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(word.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                sb.append(word.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** The name as a JavaScript string literal, ASCII only. */
    static String literal(String name) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    /** One Java identifier per name: each rejected character becomes {@code $uHEX$}. */
    static String mangled(String name) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int c : name.codePoints().toArray()) {
            boolean ok = (first ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c))
                    && Character.getType(c) != Character.FORMAT;
            if (ok) {
                sb.appendCodePoint(c);
            } else {
                sb.append("$u").append(Integer.toHexString(c)).append('$');
            }
            first = false;
        }
        return sb.toString();
    }

    /** For each token, the index of the bracket token it sits directly in, or -1. */
    private static int[] enclosingBrackets(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (!open.isEmpty() && tokens.get(open.peek()).depth() >= t.depth()) {
                open.pop();
            }
            out[i] = open.isEmpty() ? -1 : open.peek();
            String s = t.text();
            if (s.equals("{") || s.equals("(") || s.equals("[")) {
                open.push(i);
            }
        }
        return out;
    }

    /** The index of each class body's opening brace. */
    private static Set<Integer> classBodies(List<Token> tokens) {
        Set<Integer> bodies = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            int open = PrivateNames.classBodyOpen(tokens, i);
            if (open >= 0) {
                bodies.add(open);
            }
        }
        return bodies;
    }

    private static boolean isObjectLiteral(List<Token> tokens, int open) {
        return tokens.get(open).text().equals("{") && open > 0 && BEFORE_OBJECT.contains(tokens.get(open - 1).text());
    }

    private static boolean isObjectKey(List<Token> tokens, int i) {
        String prev = tokens.get(i - 1).text();
        if (prev.equals("{") || prev.equals(",")) {
            return true;
        }
        String before = i > 1 ? tokens.get(i - 2).text() : "";
        return (prev.equals("get") || prev.equals("set") || prev.equals("async") || prev.equals("*"))
                && (before.equals("{") || before.equals(",") || before.equals("async"));
    }

    /**
     * A word directly in a class body is a key when it starts a member (after the brace, a
     * semicolon, a method's closing brace or a modifier, or on a new line after an
     * initializer's last token) rather than sitting inside a field's initializer.
     */
    private static boolean isClassKey(String code, List<Token> tokens, int i) {
        Token prevToken = tokens.get(i - 1);
        String prev = prevToken.text();
        if (BEFORE_CLASS_KEY.contains(prev)) {
            return true;
        }
        String before = i > 1 ? tokens.get(i - 2).text() : "";
        if (prev.equals("*")) {
            return BEFORE_CLASS_KEY.contains(before) || newlineBetween(code, tokens.get(i - 2), prevToken);
        }
        boolean endsExpression = prevToken.isWord() || Character.isDigit(prev.charAt(0)) || prev.equals(")")
                || prev.equals("]") || prev.equals("'s'") || prev.equals("`t`") || prev.equals("/r/");
        return endsExpression && newlineBetween(code, prevToken, tokens.get(i));
    }

    private static boolean newlineBetween(String code, Token a, Token b) {
        return code.substring(a.start(), b.start()).indexOf('\n') >= 0;
    }
}
