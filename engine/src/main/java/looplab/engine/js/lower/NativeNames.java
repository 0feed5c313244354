package looplab.engine.js.lower;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openjdk.nashorn.api.tree.AssignmentTree;
import org.openjdk.nashorn.api.tree.BlockTree;
import org.openjdk.nashorn.api.tree.CompoundAssignmentTree;
import org.openjdk.nashorn.api.tree.ExpressionTree;
import org.openjdk.nashorn.api.tree.FunctionExpressionTree;
import org.openjdk.nashorn.api.tree.IdentifierTree;
import org.openjdk.nashorn.api.tree.SimpleTreeVisitorES6;
import org.openjdk.nashorn.api.tree.Tree;
import org.openjdk.nashorn.api.tree.UnaryTree;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.parser.Token;

/**
 * V8's names for {@code const f = () => {}}, {@code let g = function () {}} and
 * {@code {m: function () {}}}, written into the source Nashorn runs as it is, without the Closure
 * Compiler: such a function becomes a named function expression ({@code function f(...) {...}};
 * an arrow's {@code =>} goes and an expression body becomes {@code {return ...}}). Nashorn's
 * arrows bind {@code this} and {@code arguments} like ordinary functions and can be called with
 * {@code new} ({@link SyntaxScan} sends the arrows that use them to Closure), so the function
 * behaves as it did, with V8's {@code name} and stack frames. No line break is added or removed.
 *
 * <p>Each renamed function carries a marker comment after its name ({@code /*MARK:3*}{@code /})
 * by which {@code Function.prototype.toString} gives back the text the user wrote ({@link Renamed}).
 * Anything unexpected in the text (a comment next to {@code =>}, say) makes the rewrite give up,
 * and the program is lowered by Closure as before.
 */
final class NativeNames {
    /** How a candidate is bound: {@code const}, {@code let}/{@code var}, or an object literal's key. */
    enum Binding { CONST, VARIABLE, KEY }

    /** An anonymous function V8 would name {@code name}. */
    record Candidate(FunctionExpressionTree fn, String name, Binding binding) {}

    /** A renamed function: its marker number, its text as rewritten, and as the user wrote it. */
    record Renamed(int id, String text, String original) {}

    /** The rewritten source and its renamed functions. */
    record Result(String code, List<Renamed> renamed) {}

    private record Edit(int offset, int delete, String text) {}

    private static final Field FUNC_NODE;

    static {
        Field f;
        try {
            f = Class.forName("org.openjdk.nashorn.api.tree.FunctionExpressionTreeImpl").getDeclaredField("funcNode");
            f.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            f = null;      // then every candidate goes to Closure, as before
        }
        FUNC_NODE = f;
    }

    private NativeNames() {
    }

    /**
     * @param wrapped    the text that was parsed
     * @param offset     where the user's code starts in it
     * @param candidates the functions to name
     * @param reassigned names assigned or declared more than once anywhere in the program
     * @param marker     the marker comments' prefix
     * @param firstId    the first marker number to use
     * @return the rewritten code, or {@code null} when it cannot be done safely here
     */
    static Result rewrite(String wrapped, int offset, List<Candidate> candidates, Set<String> reassigned,
                          String marker, int firstId) {
        if (FUNC_NODE == null) {
            return null;
        }
        String code = wrapped.substring(offset, wrapped.length() - SyntaxScan.TAIL.length());
        List<Edit> edits = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();   // {start, end, id} of each renamed function
        int id = firstId;
        for (Candidate c : candidates) {
            if (!FunctionNames.isPlainIdentifier(c.name()) || keepAnonymous(c, reassigned)) {
                continue;
            }
            int[] span = span(c.fn(), wrapped, offset);
            if (span == null || span[0] < 0 || span[1] > code.length()) {
                return null;
            }
            String head = "function " + c.name() + "/*" + marker + ":" + id + "*/";
            if (!(c.fn().isArrow() ? arrow(code, c.fn(), span, head, edits)
                    : function(code, span, head, edits))) {
                return null;
            }
            spans.add(new int[] {span[0], span[1], id++});
        }
        if (spans.isEmpty()) {
            return new Result(code, List.of());
        }
        return apply(code, edits, spans);
    }

    /** The text of a function, from its first token to the end of its last, as Nashorn's toString. */
    private static int[] span(FunctionExpressionTree fn, String wrapped, int offset) {
        try {
            FunctionNode node = (FunctionNode) FUNC_NODE.get(fn);
            long first = node.getFirstToken();
            long last = node.getLastToken();
            int end = Token.descPosition(last) + Token.descLength(last) - offset;
            String type = Token.descType(last).name();
            if ((type.contains("STRING") || type.startsWith("TEMPLATE")) && end + offset < wrapped.length()
                    && "'\"`".indexOf(wrapped.charAt(end + offset)) >= 0) {
                end++;   // (a string token's length leaves out its closing quote)
            }
            return new int[] {Token.descPosition(first) - offset, end};
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Where the new name could change what the body means, the function stays anonymous: a
     * body that writes the name (the function's own name is read-only inside it), and for a key
     * or a variable assigned elsewhere, a body that reads it (it would see the function, not
     * the variable).
     */
    private static boolean keepAnonymous(Candidate c, Set<String> reassigned) {
        Uses uses = new Uses();
        c.fn().getBody().accept(uses, null);
        for (ExpressionTree p : c.fn().getParameters()) {
            p.accept(uses, null);
        }
        if (uses.assigned.contains(c.name()) || "__proto__".equals(c.name())) {
            return true;
        }
        return switch (c.binding()) {
            case CONST -> false;
            case VARIABLE -> reassigned.contains(c.name()) && uses.mentioned.contains(c.name());
            case KEY -> uses.mentioned.contains(c.name());
        };
    }

    /** {@code function (} becomes {@code function NAME/*MARK:n*}{@code /(}. */
    private static boolean function(String code, int[] span, String head, List<Edit> edits) {
        int after = span[0] + "function".length();
        if (!code.startsWith("function", span[0]) || after >= code.length()
                || Character.isJavaIdentifierPart(code.charAt(after))) {
            return false;
        }
        edits.add(new Edit(span[0], "function".length(), head));
        return true;
    }

    /** {@code (a) => x} becomes {@code function NAME/*MARK:n*}{@code /(a) {return x}}. */
    private static boolean arrow(String code, FunctionExpressionTree fn, int[] span, String head, List<Edit> edits) {
        boolean block = fn.getBody() instanceof BlockTree;
        int at;
        if (code.charAt(span[0]) == '(') {
            at = closing(code, span[0], span[1]);
            if (at < 0) {
                return false;
            }
            edits.add(new Edit(span[0], 0, head));
        } else {
            at = span[0];
            while (at < span[1] && (Character.isLetterOrDigit(code.charAt(at)) || code.charAt(at) == '_'
                    || code.charAt(at) == '$')) {
                at++;
            }
            if (at == span[0]) {
                return false;
            }
            edits.add(new Edit(span[0], 0, head + "("));
            edits.add(new Edit(at, 0, ")"));
        }
        while (at < span[1] && Character.isWhitespace(code.charAt(at))) {
            at++;
        }
        if (!code.startsWith("=>", at)) {
            return false;   // (a comment before the =>, say)
        }
        int arrow = at;
        edits.add(new Edit(arrow, 2, ""));
        if (!block) {
            // {return goes right after the =>, or, with a line break before the expression, just
            // before it (a return ends at a line break)
            int start = arrow + 2;
            int expression = start;
            boolean lineBreak = false;
            while (expression < span[1]) {
                char ch = code.charAt(expression);
                if (Character.isWhitespace(ch)) {
                    lineBreak |= ch == '\n' || ch == '\r' || ch == 0x2028 || ch == 0x2029;
                    expression++;
                } else if (code.startsWith("//", expression)) {
                    lineBreak = true;
                    expression = code.indexOf('\n', expression);
                    if (expression < 0) {
                        return false;
                    }
                } else if (code.startsWith("/*", expression)) {
                    int close = code.indexOf("*/", expression + 2);
                    if (close < 0) {
                        return false;
                    }
                    lineBreak |= code.substring(expression, close).chars()
                            .anyMatch(c -> c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029);
                    expression = close + 2;
                } else {
                    break;
                }
            }
            if (expression >= span[1]) {
                return false;
            }
            if (lineBreak) {
                start = expression;
            }
            edits.add(new Edit(start, 0, "{return "));
            edits.add(new Edit(span[1], 0, "}"));
        }
        return true;
    }

    /**
     * Just past the parenthesis closing the one at {@code open}, or -1: brackets are counted,
     * strings and comments skipped; a regular expression or a template (rare in a parameter
     * list) gives up.
     */
    private static int closing(String code, int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = code.charAt(i);
            switch (c) {
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> {
                    if (--depth == 0) {
                        return c == ')' ? i + 1 : -1;
                    }
                }
                case '\'', '"' -> {
                    i++;
                    while (i < limit && code.charAt(i) != c) {
                        i += code.charAt(i) == '\\' ? 2 : 1;
                    }
                }
                case '/' -> {
                    if (code.startsWith("/*", i)) {
                        int close = code.indexOf("*/", i + 2);
                        if (close < 0) {
                            return -1;
                        }
                        i = close + 1;
                    } else if (code.startsWith("//", i)) {
                        int eol = code.indexOf('\n', i);
                        if (eol < 0) {
                            return -1;
                        }
                        i = eol;
                    } else {
                        return -1;
                    }
                }
                case '`' -> {
                    return -1;
                }
                default -> { }
            }
        }
        return -1;
    }

    private static Result apply(String code, List<Edit> edits, List<int[]> spans) {
        edits.sort(Comparator.comparingInt(Edit::offset));   // (stable: ")" stays before a "=>" at its offset)
        for (int i = 1; i < edits.size(); i++) {
            Edit a = edits.get(i - 1);
            Edit b = edits.get(i);
            if (a.offset == b.offset ? a.delete > 0 && b.delete > 0 : a.offset + a.delete > b.offset) {
                return null;   // overlapping edits: not a shape this pass knows
            }
        }
        StringBuilder out = new StringBuilder(code.length() + edits.size() * 24);
        // where each original offset lands in the output: before and after the insertions there
        int[] before = new int[code.length() + 1];
        int[] after = new int[code.length() + 1];
        int e = 0;
        for (int pos = 0; pos <= code.length(); ) {
            before[pos] = out.length();
            int skip = 0;
            while (e < edits.size() && edits.get(e).offset == pos) {
                Edit edit = edits.get(e++);
                out.append(edit.text);
                skip = Math.max(skip, edit.delete);
            }
            after[pos] = out.length();
            if (skip > 0) {
                for (int k = 1; k < skip; k++) {
                    before[pos + k] = out.length();
                    after[pos + k] = out.length();
                }
                pos += skip;
                continue;
            }
            if (pos < code.length()) {
                out.append(code.charAt(pos));
            }
            pos++;
        }
        String text = out.toString();
        List<Renamed> renamed = new ArrayList<>();
        for (int[] s : spans) {
            renamed.add(new Renamed(s[2], text.substring(before[s[0]], after[s[1]]), code.substring(s[0], s[1])));
        }
        return new Result(text, renamed);
    }

    /** The names a piece of code reads or writes (writes: assignments, ++ and --). */
    private static final class Uses extends SimpleTreeVisitorES6<Void, Void> {
        final Set<String> mentioned = new HashSet<>();
        final Set<String> assigned = new HashSet<>();

        @Override
        public Void visitIdentifier(IdentifierTree node, Void p) {
            mentioned.add(node.getName());
            return null;
        }

        @Override
        public Void visitAssignment(AssignmentTree node, Void p) {
            written(node.getVariable());
            return super.visitAssignment(node, p);
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree node, Void p) {
            written(node.getVariable());
            return super.visitCompoundAssignment(node, p);
        }

        @Override
        public Void visitUnary(UnaryTree node, Void p) {
            switch (node.getKind()) {
                case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> written(node.getExpression());
                default -> { }
            }
            return super.visitUnary(node, p);
        }

        private void written(Tree target) {
            if (target instanceof IdentifierTree id) {
                assigned.add(id.getName());
            }
        }
    }
}
