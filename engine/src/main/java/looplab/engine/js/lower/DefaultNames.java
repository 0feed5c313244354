package looplab.engine.js.lower;

import java.util.ArrayDeque;
import java.util.Deque;
import com.google.javascript.rhino.Node;

/**
 * Two cases of ES2015 function naming that {@link FunctionNames} does not see, run just before it:
 * <ul>
 * <li>a function that is a default value of a binding, {@code [f = () => {}]},
 *     {@code {f = function () {}}}, {@code (f = function () {}) => ...}, is named {@code f}.
 *     Closure lowers a default to {@code f = t === void 0 ? function () {} : t}; only that
 *     shape is named (with {@code t} a destructuring temporary or {@code f} itself), never
 *     the user's own {@code y = x === void 0 ? function () {} : x}, which V8 leaves anonymous;</li>
 * <li>a lowered generator names itself {@code $jscomp$generator$function$...} (its body hands
 *     itself to {@code createGenerator}): written as {@code var g = function* () {}}, a
 *     default, an object literal's {@code *m() {}} or a class's, it takes the written name,
 *     and so do its references to itself.</li>
 * </ul>
 * As in FunctionNames, a name is given only where the new binding inside the function cannot
 * change what the body means.
 */
final class DefaultNames {
    private static final String GENERATOR_PREFIX = "$jscomp$generator$function$";
    private DefaultNames() {
    }

    static void apply(Node root, String source) {
        String[] lines = source.split("\n", -1);
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.isFunction()) {
                name(n, lines);
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
    }

    private static void name(Node fn, String[] lines) {
        String current = fn.getFirstChild().getString();
        boolean generator = current.startsWith(GENERATOR_PREFIX);
        if (!current.isEmpty() && !generator) {
            return;
        }
        Node parent = fn.getParent();
        String name = null;
        if (parent.isHook() && parent.getSecondChild() == fn && isDefaultValue(parent)) {
            Node target = parent.getParent();
            if (target.isName() && target.getFirstChild() == parent) {
                name = target.getString();
            } else if (target.isAssign() && target.getLastChild() == parent && target.getFirstChild().isName()) {
                name = target.getFirstChild().getString();
            }
            if (name != null && !fromLowering(parent.getLastChild(), name)) {
                name = null;
            }
        } else if (generator && parent.isName() && parent.getFirstChild() == fn) {
            name = parent.getString();                         // var g = function* () {}
        } else if (generator && parent.isStringKey() && !parent.isQuotedStringKey() && parent.getParent().isObjectLit()) {
            name = parent.getString();                         // { *m() {} }
        } else if (generator && parent.isAssign() && parent.getLastChild() == fn && parent.getFirstChild().isGetProp()
                && parent.getParent().isExprResult() && !FunctionNames.writtenAsIs(parent.getFirstChild(), lines)) {
            name = parent.getFirstChild().getString();         // a lowered class's *m() / static *m()
        }
        if (name == null || name.startsWith("$jscomp") || name.contains("$jscomp$")
                || !FunctionNames.isPlainIdentifier(name)) {
            return;
        }
        Node body = fn.getLastChild();
        if (FunctionNames.assigns(body, name) || generator && FunctionNames.mentions(body, name)) {
            return;
        }
        if (generator) {
            rename(body, current, name);
        }
        fn.getFirstChild().setString(name);
    }

    /** Closure's default: {@code t === void 0 ? value : t}. */
    static boolean isDefaultValue(Node hook) {
        Node test = hook.getFirstChild();
        Node otherwise = hook.getLastChild();
        return test.isSHEQ() && test.getLastChild().isVoid() && test.getLastChild().getFirstChild().isNumber()
                && test.getFirstChild().isEquivalentTo(otherwise) && (otherwise.isName() || otherwise.isGetProp());
    }

    /** A parameter's own default ({@code a = a === void 0 ? ...}) or a destructuring temporary's. */
    static boolean fromLowering(Node tested, String target) {
        Node root = tested;
        while (root.isGetProp()) {
            root = root.getFirstChild();
        }
        return root.isName() && (root.getString().startsWith("$jscomp$destructuring$")
                || tested == root && root.getString().equals(target));
    }

    private static void rename(Node body, String from, String to) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(body);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.isName() && from.equals(n.getString())) {
                n.setString(to);
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
    }
}
