package looplab.engine.js.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.google.javascript.rhino.Node;

/**
 * An anonymous class takes the name of what it is bound to, as an anonymous function does
 * (NamedEvaluation): {@code x = class {}}, a default value ({@code [cls = class {}]},
 * {@code {cls = class {}}}, {@code (cls = class {}) => ...}), an object literal's key
 * ({@code {p: class {}}}) and a class field ({@code f = class {}}, {@code static f = class {}}).
 * Closure writes such a class in several shapes: a bare constructor ({@code x = function () {}}),
 * a temporary declared before the statement ({@code var input$classdecl$var0 = function () {}}
 * and the temporary where the class was), or a function called at once that declares the
 * temporary, adds the members and returns it. Each shape's constructor gets the name (run after
 * {@link DefaultNames}, before {@link FunctionNames} marks constructors as classes); as
 * elsewhere, not where the new inner binding could change what the constructor's body reads.
 */
final class ClassNames {
    private static final String TEMPORARY = "$classdecl$";
    private static final Pattern STATIC_FIELD = Pattern.compile("^\\$jscomp\\$static\\$init\\$\\d+\\$\\d+\\$(.+)$");

    private ClassNames() {
    }

    static void apply(Node root, String source) {
        String[] lines = source.split("\n", -1);
        List<Node> nodes = new ArrayList<>();
        Map<String, Node> temporaries = new HashMap<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            nodes.add(n);
            if (n.isName() && n.getString().contains(TEMPORARY) && n.hasOneChild() && n.getFirstChild().isFunction()
                    && n.getParent() != null && n.getParent().isVar()) {
                temporaries.put(n.getString(), n.getFirstChild());
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
        for (Node v : nodes) {
            if (v.getParent() == null) {
                continue;
            }
            Node ctor = constructorOf(v, temporaries, lines);
            if (ctor == null || !ctor.getFirstChild().getString().isEmpty()) {
                continue;
            }
            String name = bindingName(v, lines);
            if (name == null || name.startsWith("$jscomp") || name.contains("$jscomp$") || name.contains(TEMPORARY)
                    || !FunctionNames.isPlainIdentifier(name) || FunctionNames.mentions(ctor.getLastChild(), name)) {
                continue;
            }
            ctor.getFirstChild().setString(name);
        }
    }

    /** The constructor of the anonymous class value {@code v} stands for, or null. */
    private static Node constructorOf(Node v, Map<String, Node> temporaries, String[] lines) {
        Node ctor = null;
        if (v.isFunction()) {
            ctor = v;
        } else if (v.isName() && v.getString().contains(TEMPORARY) && !v.hasChildren()) {
            ctor = temporaries.get(v.getString());
        } else if (v.isCall() && v.hasOneChild() && v.getFirstChild().isFunction()
                && v.getFirstChild().getFirstChild().getString().isEmpty()) {
            Node body = v.getFirstChild().getLastChild();
            Node first = body.getFirstChild();
            Node last = body.getLastChild();
            if (first != null && first.isVar() && first.getFirstChild().getString().contains(TEMPORARY)
                    && last.isReturn() && last.hasOneChild() && last.getFirstChild().isName()
                    && last.getFirstChild().getString().equals(first.getFirstChild().getString())) {
                ctor = temporaries.get(first.getFirstChild().getString());
            }
        }
        return ctor != null && FunctionNames.writtenAsAnonymousClass(ctor, lines) ? ctor : null;
    }

    /** The name the position of {@code v} gives an anonymous class, or null. */
    private static String bindingName(Node v, String[] lines) {
        Node parent = v.getParent();
        if (parent.isHook() && parent.getSecondChild() == v && DefaultNames.isDefaultValue(parent)) {
            Node target = parent.getParent();
            String name = null;
            if (target.isName() && target.getFirstChild() == parent) {
                name = target.getString();
            } else if (target.isAssign() && target.getLastChild() == parent && target.getFirstChild().isName()) {
                name = target.getFirstChild().getString();
            }
            return name != null && DefaultNames.fromLowering(parent.getLastChild(), name) ? name : null;
        }
        if (parent.isAssign() && parent.getLastChild() == v) {
            Node target = parent.getFirstChild();
            if (target.isName()) {
                return target.getString();                          // x = class {}
            }
            if (target.isGetProp() && target.getFirstChild().isThis() && !FunctionNames.writtenAsIs(target, lines)) {
                return target.getString();                          // a field: this.f = class {}
            }
            return null;
        }
        if (parent.isStringKey() && !parent.isQuotedStringKey() && parent.getParent().isObjectLit()) {
            return parent.getString();                              // {p: class {}}
        }
        if (parent.isReturn() && parent.getParent().isBlock() && parent.getParent().hasOneChild()) {
            Node fn = parent.getParent().getParent();                 // static f = class {}
            Node assign = fn.getParent();
            if (fn.isFunction() && assign.isAssign() && assign.getFirstChild().isGetProp()) {
                Matcher m = STATIC_FIELD.matcher(assign.getFirstChild().getString());
                return m.matches() ? m.group(1) : null;
            }
        }
        return null;
    }
}
