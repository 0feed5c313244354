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

    private static final Pattern CLASS_HEAD = Pattern.compile("^class\\b\\s*([A-Za-z_$][\\w$]*)?");

    static void infer(Node root, String source) {
        String[] lines = source.split("\n", -1);
        java.util.List<Node> classes = new java.util.ArrayList<>();
        java.util.List<Node> members = new java.util.ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.isFunction()) {
                String className = className(n, lines);
                if (className != null) {
                    classes.add(n);
                    if (!className.isEmpty() && !n.getParent().isFunction()) {
                        n.getFirstChild().setString(className);
                    }
                }
                if (n.getFirstChild().getString().isEmpty()) {
                    name(n, lines);
                }
                if (isClassMember(n, lines)) {
                    members.add(n.getParent());
                }
            }
            if (n.isCall() && "$jscomp.global.Object.defineProperties".equals(n.getFirstChild().getQualifiedName())) {
                hideAccessors(n);
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
        for (Node fn : classes) {
            markClass(fn);
        }
        for (Node assign : members) {
            defineMember(assign);
        }
    }

    /** A class's getters and setters ({@code defineProperties(A.prototype, ...)}) are not enumerable. */
    private static void hideAccessors(Node call) {
        Node descriptors = call.getLastChild();
        if (!descriptors.isObjectLit()) {
            return;
        }
        for (Node key = descriptors.getFirstChild(); key != null; key = key.getNext()) {
            Node descriptor = key.getFirstChild();
            if (descriptor == null || !descriptor.isObjectLit()) {
                continue;
            }
            for (Node field = descriptor.getFirstChild(); field != null; field = field.getNext()) {
                if (field.isStringKey() && "enumerable".equals(field.getString()) && field.getFirstChild() != null) {
                    field.getFirstChild().replaceWith(com.google.javascript.rhino.IR.falseNode());
                }
            }
        }
    }

    /** A method a lowered class assigns ({@code A.prototype.m = function}, {@code A.s = ...}). */
    private static boolean isClassMember(Node fn, String[] lines) {
        Node parent = fn.getParent();
        return parent.isAssign() && parent.getLastChild() == fn && parent.getFirstChild().isGetProp()
                && parent.getParent().isExprResult()
                && !parent.getFirstChild().getString().contains("$jscomp")
                && !writtenAsIs(parent.getFirstChild(), lines);
    }

    /**
     * Class methods are not enumerable: {@code A.prototype.m = f;} becomes
     * {@code $jscomp.looplabMethod(A.prototype, "m", f);}.
     */
    private static void defineMember(Node assign) {
        Node target = assign.getFirstChild();
        Node fn = assign.getLastChild().detach();
        Node owner = target.getFirstChild().detach();
        Node call = com.google.javascript.rhino.IR.call(
                com.google.javascript.rhino.IR.getprop(com.google.javascript.rhino.IR.name("$jscomp"), "looplabMethod"),
                owner, com.google.javascript.rhino.IR.string(target.getString()), fn);
        assign.replaceWith(call);
        call.srcrefTreeIfMissing(fn);
    }

    /**
     * A lowered class's constructor sits where the class was written: its position in the
     * original shows {@code class Name} (or the {@code constructor} member). Returns the
     * class name ("" when anonymous or not visible), or null for other functions.
     */
    private static String className(Node fn, String[] lines) {
        int line = fn.getLineno();
        if (line < 1 || line > lines.length || fn.getParent() == null || !fn.getParent().isName()) {
            return null;
        }
        String text = lines[line - 1].substring(Math.min(Math.max(0, fn.getCharno()), lines[line - 1].length()));
        java.util.regex.Matcher m = CLASS_HEAD.matcher(text);
        if (m.find()) {
            return m.group(1) == null ? "" : m.group(1);
        }
        return text.startsWith("constructor") ? "" : null;
    }

    /** {@code var A = function A() {}} becomes {@code var A = $jscomp.looplabClass(function A() {})}. */
    private static void markClass(Node fn) {
        Node call = com.google.javascript.rhino.IR.call(
                com.google.javascript.rhino.IR.getprop(com.google.javascript.rhino.IR.name("$jscomp"), "looplabClass"));
        fn.replaceWith(call);
        call.addChildToBack(fn);
        call.srcrefTreeIfMissing(fn);
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
        if (name == null || name.startsWith("$jscomp") || name.contains("$jscomp$") || name.contains("$classdecl$")
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
