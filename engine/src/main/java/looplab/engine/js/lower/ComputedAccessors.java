package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.List;
import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * A getter or setter with a computed key in an object literal ({@code {get [k]() {...}}}),
 * which Closure cannot lower to ES5 ("computed getter/setter in an object literal"). Before
 * lowering, such a literal is split at its first computed accessor:
 *
 * <pre>
 *   {a: 1, get [k]() { return 2; }, b: 3, set [k](v) {}}
 *   $jscomp.looplabAccessors({a: 1}, [["get", k, function () { return 2; }], {b: 3}, ["set", k, function (v) {}]])
 * </pre>
 *
 * The literal before it stays the object; each later run of ordinary members stays a
 * literal of its own, whose properties the helper defines on the object in order; each
 * computed accessor becomes {@code [kind, key, function]}, defined by the helper as an
 * enumerable, configurable accessor (joined with the other half already there under the same
 * key) and named {@code "get KEY"} / {@code "set KEY"}. Keys and values are evaluated in the
 * order written, as the array's elements are.
 */
final class ComputedAccessors {
    private ComputedAccessors() {
    }

    static final CompilerPass PASS = PostOrder.pass(ComputedAccessors::rewrite);

    private static void rewrite(Node n) {
        if (n.isObjectLit() && hasComputedAccessor(n)) {
            split(n);
        }
    }

    private static boolean isComputedAccessor(Node member) {
        return member.isComputedProp() && (member.getBooleanProp(Node.COMPUTED_PROP_GETTER)
                || member.getBooleanProp(Node.COMPUTED_PROP_SETTER));
    }

    private static boolean hasComputedAccessor(Node literal) {
        for (Node c = literal.getFirstChild(); c != null; c = c.getNext()) {
            if (isComputedAccessor(c)) {
                return true;
            }
        }
        return false;
    }

    private static void split(Node literal) {
        Node target = IR.objectlit();
        List<Node> members = new ArrayList<>();
        for (Node c = literal.getFirstChild(); c != null; c = c.getNext()) {
            members.add(c);
        }
        int i = 0;
        for (; i < members.size() && !isComputedAccessor(members.get(i)); i++) {
            target.addChildToBack(members.get(i).detach());
        }
        Node pieces = IR.arraylit();
        Node run = null;
        for (; i < members.size(); i++) {
            Node m = members.get(i).detach();
            if (isComputedAccessor(m)) {
                run = null;
                String kind = m.getBooleanProp(Node.COMPUTED_PROP_GETTER) ? "get" : "set";
                Node key = m.removeFirstChild();
                Node fn = m.removeFirstChild();
                pieces.addChildToBack(IR.arraylit(IR.string(kind), key, fn));
            } else {
                if (run == null) {
                    run = IR.objectlit();
                    pieces.addChildToBack(run);
                }
                run.addChildToBack(m);
            }
        }
        Node call = IR.call(IR.getprop(IR.name("$jscomp"), "looplabAccessors"), target, pieces);
        literal.replaceWith(call);
        call.srcrefTreeIfMissing(literal);
    }
}
