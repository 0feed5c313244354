package looplab.engine.js.lower;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.rhino.Node;

/**
 * ES2015 gives anonymous functions the name of what they are assigned to ({@code const f =
 * () => {}} is named {@code f}, a class's methods are named after themselves). Nashorn's
 * {@code name} is fixed and empty for anonymous functions, and lowering turns classes and
 * methods into such functions, so the lowered tree gets the names written in: the functions
 * become named function expressions. Skipped where the new inner binding could change what an
 * identifier in the body means (the body mentions the name) or where the user wrote the
 * assignment in ES5 form ({@code F.prototype.m = function () {}}, anonymous in V8 too).
 */
final class FunctionNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends",
            "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
            "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
            "while", "with", "yield", "let", "static", "implements", "interface", "package",
            "private", "protected", "public", "await", "arguments", "eval");

    private FunctionNames() {
    }

    static void infer(Node root, String source) {
        String[] lines = source.split("\n", -1);
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.isFunction() && n.getFirstChild().getString().isEmpty()) {
                name(n, lines);
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
    }

    private static void name(Node fn, String[] lines) {
        Node parent = fn.getParent();
        String name = null;
        boolean checkBody = true;
        if (parent.isName() && parent.getFirstChild() == fn) {
            name = parent.getString();              // var X = function () {} (classes, arrows)
            checkBody = false;
        } else if (parent.isStringKey() && !parent.isQuotedStringKey() && parent.getParent().isObjectLit()
                && !isAccessorDescriptor(parent)) {
            name = parent.getString();              // { m: function () {} }, { m() {} }
        } else if (parent.isAssign() && parent.getLastChild() == fn && parent.getFirstChild().isGetProp()
                && !writtenAsIs(parent.getFirstChild(), lines)) {
            name = parent.getFirstChild().getString(); // a lowered class's A.prototype.m / A.m
        } else if (parent.isCall() && isStateMachineCall(parent)) {
            name = enclosingName(parent);           // an async function's body: its frames say `g`
        }
        if (name == null || name.startsWith("$jscomp") || name.contains("$jscomp$")
                || !IDENTIFIER.matcher(name).matches() || RESERVED.contains(name)) {
            return;
        }
        if (checkBody ? mentions(fn.getLastChild(), name) : assigns(fn.getLastChild(), name)) {
            return;
        }
        fn.getFirstChild().setString(name);
    }

    private static boolean isStateMachineCall(Node call) {
        String callee = call.getFirstChild().getQualifiedName();
        return "$jscomp.asyncExecutePromiseGeneratorProgram".equals(callee)
                || "$jscomp.generator.createGenerator".equals(callee);
    }

    private static String enclosingName(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.isFunction()) {
                String name = p.getFirstChild().getString();
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    /** {get: function () {}} inside Object.defineProperties: V8 names those "get x"; leave them. */
    private static boolean isAccessorDescriptor(Node key) {
        String k = key.getString();
        return k.equals("get") || k.equals("set") || k.equals("value");
    }

    /** Does the original source show this qualified name at the node's position? */
    private static boolean writtenAsIs(Node target, String[] lines) {
        String qualified = target.getQualifiedName();
        int line = target.getLineno();
        if (qualified == null || line < 1 || line > lines.length) {
            return true;
        }
        // (the node's position may be its last name's, so look for the whole assignment)
        return Pattern.compile(Pattern.quote(qualified) + "\\s*=").matcher(lines[line - 1]).find();
    }

    /**
     * Does the body write to {@code name}? ({@code let f = () => { f = cached; }}: inside a
     * named function expression that write would hit the function's own read-only name.)
     */
    private static boolean assigns(Node body, String name) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(body);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.isName() && name.equals(n.getString()) && NodeUtil.isLValue(n)) {
                return true;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
        return false;
    }

    private static boolean mentions(Node body, String name) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(body);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.isName() && name.equals(n.getString())) {
                return true;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
        return false;
    }
}
