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

    /** An identifier that can name a function expression: not a reserved word. */
    static boolean isPlainIdentifier(String name) {
        return IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name);
    }

    /** {@code class Name}, or {@code class} alone ({@code class extends Base} has no name). */
    private static final Pattern CLASS_HEAD = Pattern.compile("^class\\b\\s*(?!extends\\b)([A-Za-z_$][\\w$]*)?");

    static void infer(Node root, String source) {
        String[] lines = source.split("\n", -1);
        java.util.List<Node> classes = new java.util.ArrayList<>();
        java.util.List<Node> members = new java.util.ArrayList<>();
        java.util.List<Node> staticCalls = new java.util.ArrayList<>();
        java.util.List<Node> reordered = new java.util.ArrayList<>();
        java.util.List<Node> errorStacks = new java.util.ArrayList<>();
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
                if (isClassMember(n, lines) || isStaticInitializer(n)) {
                    members.add(n.getParent());
                }
            }
            if (isStaticInitializerCall(n)) {
                staticCalls.add(n);
            }
            if (n.isCall() && "$jscomp.global.Object.defineProperties".equals(n.getFirstChild().getQualifiedName())) {
                hideAccessors(n);
            }
            if (n.isObjectLit() && accessorBeforeData(n)) {
                reordered.add(n);
            }
            if (isErrorStackCopy(n)) {
                errorStacks.add(n);
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
        for (Node call : staticCalls) {
            runStaticInitializer(call);
        }
        for (Node literal : reordered) {
            keepKeyOrder(literal);
        }
        for (Node copy : errorStacks) {
            subclassError(copy);
        }
    }

    private static final String ERROR_TEMP = "$jscomp$tmp$error";

    /**
     * Closure's super(...) in a class that extends Error ends in
     * {@code "stack" in $jscomp$tmp$error && (this.stack = $jscomp$tmp$error.stack)}: the stack
     * is read at once, its first line naming the class before the constructor could set
     * this.name, with the constructors' own frames in it, and a cause is not copied.
     */
    private static boolean isErrorStackCopy(Node n) {
        if (!n.isAnd() || !n.getFirstChild().isIn() || !n.getLastChild().isAssign()) {
            return false;
        }
        Node in = n.getFirstChild();
        Node assign = n.getLastChild();
        return in.getFirstChild().isStringLit() && "stack".equals(in.getFirstChild().getString())
                && in.getLastChild().isName() && in.getLastChild().getString().startsWith(ERROR_TEMP)
                && assign.getFirstChild().isGetProp() && assign.getFirstChild().getFirstChild().isThis()
                && "stack".equals(assign.getFirstChild().getString());
    }

    /** ... becomes {@code $looplab$subclassError(this, $jscomp$tmp$error)} (errors.js). */
    private static void subclassError(Node copy) {
        Node temp = copy.getFirstChild().getLastChild().cloneNode();
        Node call = com.google.javascript.rhino.IR.call(
                com.google.javascript.rhino.IR.name("$looplab$subclassError"),
                com.google.javascript.rhino.IR.thisNode(), temp);
        call.putBooleanProp(Node.FREE_CALL, true);
        copy.replaceWith(call);
        call.srcrefTreeIfMissing(copy);
    }

    /**
     * Nashorn builds an object literal with its data properties first and its getters and
     * setters after them ({@code {get a() {}, b: 1}} has keys b, a); V8 keeps the order written.
     * Such a literal is handed to {@code $jscomp.looplabOrder(literal, ["a", "b"])}, which
     * re-adds the properties in the written order. ({@link SyntaxScan} sends sources with such
     * literals through lowering.)
     */
    static boolean accessorBeforeData(Node literal) {
        boolean accessorSeen = false;
        for (Node key = literal.getFirstChild(); key != null; key = key.getNext()) {
            if (key.isGetterDef() || key.isSetterDef()) {
                accessorSeen = true;
            } else if (key.isStringKey()) {
                if ("__proto__".equals(key.getString()) && !key.isQuotedStringKey()) {
                    return false;
                }
                if (accessorSeen) {
                    return true;
                }
            } else {
                return false;       // (a spread or anything unexpected: left as it is)
            }
        }
        return false;
    }

    private static void keepKeyOrder(Node literal) {
        Node keys = com.google.javascript.rhino.IR.arraylit();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Node key = literal.getFirstChild(); key != null; key = key.getNext()) {
            if (seen.add(key.getString())) {
                keys.addChildToBack(com.google.javascript.rhino.IR.string(key.getString()));
            }
        }
        Node placeholder = com.google.javascript.rhino.IR.nullNode();
        literal.replaceWith(placeholder);
        Node call = com.google.javascript.rhino.IR.call(
                com.google.javascript.rhino.IR.getprop(com.google.javascript.rhino.IR.name("$jscomp"), "looplabOrder"),
                literal, keys);
        placeholder.replaceWith(call);
        call.srcrefTreeIfMissing(literal);
    }

    private static final String STATIC_INIT = "$jscomp$static$";

    /**
     * Closure turns a static field's initializer or a static block into a function stored on
     * the class ({@code A.$jscomp$static$init$..$0$x = function () {...}}) and calls it once
     * ({@code A.x = A.$jscomp$static$init$..$0$x()}). A class has no such property: it is
     * defined hidden ({@link #defineMember}) and removed by the call that runs it.
     */
    private static boolean isStaticInitializer(Node fn) {
        Node parent = fn.getParent();
        return parent.isAssign() && parent.getLastChild() == fn && parent.getFirstChild().isGetProp()
                && parent.getFirstChild().getString().startsWith(STATIC_INIT)
                && parent.getParent().isExprResult();
    }

    private static boolean isStaticInitializerCall(Node n) {
        return n.isCall() && n.hasOneChild() && n.getFirstChild().isGetProp()
                && n.getFirstChild().getString().startsWith(STATIC_INIT);
    }

    /** {@code A.$jscomp$static$..()} becomes {@code $jscomp.looplabStaticInit(A, "$jscomp$static$..")}. */
    private static void runStaticInitializer(Node call) {
        Node target = call.getFirstChild();
        Node owner = target.getFirstChild().detach();
        Node replacement = com.google.javascript.rhino.IR.call(
                com.google.javascript.rhino.IR.getprop(com.google.javascript.rhino.IR.name("$jscomp"), "looplabStaticInit"),
                owner, com.google.javascript.rhino.IR.string(target.getString()));
        call.replaceWith(replacement);
        replacement.srcrefTreeIfMissing(call);
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
                && !parent.getFirstChild().getFirstChild().isThis()   // an instance field is enumerable
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
        Node parent = fn.getParent();
        if (line < 1 || line > lines.length || parent == null || !(parent.isName()
                || (parent.isAssign() && parent.getLastChild() == fn && parent.getFirstChild().isName()))) {
            return null;   // (Closure writes `x = class {}` as x = function () {})
        }
        String text = lines[line - 1].substring(Math.min(Math.max(0, fn.getCharno()), lines[line - 1].length()));
        java.util.regex.Matcher m = CLASS_HEAD.matcher(text);
        if (m.find()) {
            return m.group(1) == null ? "" : m.group(1);
        }
        return text.startsWith("constructor") ? "" : null;
    }

    /** Does the original source show an anonymous class ({@code class {}}, {@code class extends B {}}) at fn? */
    static boolean writtenAsAnonymousClass(Node fn, String[] lines) {
        int line = fn.getLineno();
        if (line < 1 || line > lines.length) {
            return false;
        }
        String text = lines[line - 1].substring(Math.min(Math.max(0, fn.getCharno()), lines[line - 1].length()));
        java.util.regex.Matcher m = CLASS_HEAD.matcher(text);
        return m.find() && m.group(1) == null;
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
                || !isPlainIdentifier(name)) {
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
    static boolean writtenAsIs(Node target, String[] lines) {
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
    static boolean assigns(Node body, String name) {
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

    static boolean mentions(Node body, String name) {
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
