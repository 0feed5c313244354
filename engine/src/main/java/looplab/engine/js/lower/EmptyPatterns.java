package looplab.engine.js.lower;

import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * An empty object pattern still requires its value to be an object ({@code const {} = null}
 * and {@code function f({}) {}; f()} throw a TypeError); Closure lowers it to nothing. Before
 * lowering, {@code {}} becomes {@code {[Symbol()]: t}}: reading a fresh symbol's property
 * throws for null and undefined as the pattern must, and reads nothing any object has. The
 * target {@code t} is a hidden binding ({@code $jscomp$looplab$emptyN}) in a declaration or a
 * parameter, a property of {@code $jscomp} in an assignment pattern.
 */
final class EmptyPatterns {
    private EmptyPatterns() {
    }

    static final CompilerPass PASS = (externs, root) -> fill(root, new int[1]);

    private static void fill(Node n, int[] count) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            fill(c, count);
        }
        if (n.isObjectPattern() && !n.hasChildren()) {
            Node key = IR.call(IR.name("Symbol"));
            Node target = isBinding(n) ? IR.name("$jscomp$looplab$empty" + count[0]++)
                    : IR.getprop(IR.name("$jscomp"), "looplabEmpty");
            Node prop = new Node(com.google.javascript.rhino.Token.COMPUTED_PROP, key, target);
            prop.srcrefTree(n);
            n.addChildToBack(prop);
        }
    }

    /** Is this pattern part of a declaration, a parameter or a catch binding (not an assignment)? */
    private static boolean isBinding(Node pattern) {
        Node n = pattern;
        Node p = n.getParent();
        while (p != null && (p.isArrayPattern() || p.isObjectPattern() || p.isStringKey() || p.isComputedProp()
                || p.isDefaultValue() || p.isRest())) {
            n = p;
            p = p.getParent();
        }
        return p != null && (p.isParamList() || p.isDestructuringLhs() || p.isCatch());
    }
}
