package looplab.engine.js.lower;

import java.util.IdentityHashMap;
import java.util.Map;
import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * A class method, getter or setter with a computed key ({@code [k]() {}}, {@code get [k]()}),
 * and a method whose key is a number or a quoted string ({@code 1() {}}, {@code 'a-b'() {}}),
 * is named by its key ({@code "[desc]"} for a symbol, {@code "get k"}) and defined not
 * enumerable, as any class method. Closure lowers the first to {@code A.prototype[t] = function () {}}
 * (enumerable, anonymous) and the others to {@code Object.defineProperty(A.prototype, t,
 * {configurable: true, enumerable: true, get: function () {}})} (enumerable, anonymous, and a
 * setter for the same key replaced the getter instead of joining it), with {@code t} the key
 * evaluated once at the class's definition. Two steps around the lowering: {@link #mark},
 * before it, records each such member's function; {@link #apply}, after it, turns the
 * statement that defines a recorded function into
 * {@code $jscomp.looplabComputedMember(owner, t, kind, function)} (async.js), which names it and
 * defines it as the class body would. A shape that is not the expected one is left as it is.
 * One instance per compilation.
 */
final class ComputedMembers {
    private final Map<Node, String> kinds = new IdentityHashMap<>();

    /**
     * Before lowering: the function of every method of a class and of every computed getter and
     * setter (only those Closure defines by assigning to an element are changed).
     */
    final CompilerPass mark = (externs, root) -> collect(root);

    private void collect(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c);
        }
        if (n.isMemberFunctionDef() && n.getParent().isClassMembers()) {
            kinds.put(n.getFirstChild(), "method");   // (lowered to A.prototype[1] = ... when the key is a number or quoted)
        } else if (n.isComputedProp() && n.getParent().isClassMembers() && n.getLastChild().isFunction()
                && !isPrivateName(n.getFirstChild())) {
            kinds.put(n.getLastChild(), n.getBooleanProp(Node.COMPUTED_PROP_GETTER) ? "get"
                    : n.getBooleanProp(Node.COMPUTED_PROP_SETTER) ? "set" : "method");
        }
    }

    /** {@code $jscomp.lpMethod("id")}: a private member (PrivateNames), which its own helpers define. */
    private static boolean isPrivateName(Node key) {
        return key.isCall() && key.getFirstChild().isGetProp() && key.getFirstChild().getString().startsWith("lp")
                && key.getFirstChild().getFirstChild().isName()
                && key.getFirstChild().getFirstChild().getString().equals("$jscomp");
    }

    /** After lowering: each recorded function defined by the helper. */
    void apply() {
        for (Map.Entry<Node, String> e : kinds.entrySet()) {
            Node fn = e.getKey();
            Node parent = fn.getParent();
            if (parent == null) {
                continue;
            }
            if (e.getValue().equals("method")) {
                // A.prototype[t] = function () {};
                if (parent.isAssign() && parent.getLastChild() == fn && parent.getFirstChild().isGetElem()
                        && parent.getParent().isExprResult()) {
                    Node target = parent.getFirstChild();
                    define(parent, target.getFirstChild(), target.getLastChild(), "method", fn);
                }
            } else if (parent.isStringKey() && parent.getString().equals(e.getValue())) {
                // $jscomp.global.Object.defineProperty(A.prototype, t, {..., get: function () {}});
                Node literal = parent.getParent();
                Node call = literal.getParent();
                if (literal.isObjectLit() && call != null && call.isCall() && call.getLastChild() == literal
                        && call.getChildCount() == 4 && call.getParent().isExprResult()
                        && "defineProperty".equals(call.getFirstChild().isGetProp() ? call.getFirstChild().getString() : null)) {
                    define(call, call.getSecondChild(), call.getSecondChild().getNext(), e.getValue(), fn);
                }
            }
        }
    }

    private static void define(Node replaced, Node owner, Node key, String kind, Node fn) {
        owner.detach();
        key.detach();
        fn.detach();
        Node call = IR.call(IR.getprop(IR.name("$jscomp"), "looplabComputedMember"), owner, key, IR.string(kind), fn);
        call.srcrefTreeIfMissing(replaced);
        replaced.replaceWith(call);
    }
}
