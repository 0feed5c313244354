package looplab.engine.js.lower;

import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * A class field without an initializer ({@code class A { x; [k]; }}) is defined on every
 * instance with the value {@code undefined}. Closure lowers it to a bare {@code this.x;} (a
 * declaration for its type checker), which defines nothing. Before lowering, such a field is
 * given the initializer {@code void 0}, which the spec's semantics make equivalent.
 */
final class FieldDefaults {
    private FieldDefaults() {
    }

    static final CompilerPass PASS = (externs, root) -> fill(root);

    private static void fill(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            fill(c);
        }
        if (n.isMemberFieldDef() && !n.hasChildren()) {
            n.addChildToBack(undefinedValue(n));
        } else if (n.isComputedFieldDef() && n.hasOneChild()) {
            n.addChildToBack(undefinedValue(n));
        }
    }

    private static Node undefinedValue(Node at) {
        Node v = IR.voidNode(IR.number(0));
        v.srcrefTree(at);
        return v;
    }
}
