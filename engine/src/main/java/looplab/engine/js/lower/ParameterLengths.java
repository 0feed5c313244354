package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * A function's {@code length} counts its parameters before the first one with a default or
 * the rest parameter ({@code function f(a, b = 1, c) {}} has length 1). Closure lowers
 * {@code b = 1} to a plain parameter {@code b} and a line in the body, so the lowered function
 * had length 3. Two steps around the lowering: {@link #mark}, before it, records each
 * function whose length is shorter than its parameter list; {@link #apply}, after it, takes
 * the parameters past that length out of the list and binds them from {@code arguments} at the
 * start of the body ({@code var b = arguments[1], c = arguments[2];}). A function with
 * non-simple parameters has an unmapped {@code arguments} object, so nothing is lost.
 *
 * <p>Left as they are: a setter (it must keep its one parameter) and a function whose body
 * declares a function named like a moved parameter (the declaration must win, as it does).
 * One instance per compilation.
 */
final class ParameterLengths {
    private final Map<Node, Integer> lengths = new IdentityHashMap<>();

    /** Before lowering: the expected length of every function that has a default or rest parameter. */
    final CompilerPass mark = (externs, root) -> collect(root);

    private void collect(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c);
        }
        if (n.isFunction()) {
            int length = 0;
            boolean shortened = false;
            for (Node p = n.getSecondChild().getFirstChild(); p != null; p = p.getNext()) {
                if (p.isDefaultValue() || p.isRest()) {
                    shortened = true;
                    break;
                }
                length++;
            }
            if (shortened) {
                lengths.put(n, length);
            }
        }
    }

    /** After lowering: every recorded function's list cut to its length. */
    void apply() {
        for (Map.Entry<Node, Integer> e : lengths.entrySet()) {
            Node fn = e.getKey();
            if (fn.getParent() == null || !fn.isFunction() || fn.getParent().isSetterDef()) {
                continue;
            }
            cut(fn, e.getValue());
        }
    }

    private static void cut(Node fn, int length) {
        Node params = fn.getSecondChild();
        List<Node> moved = new ArrayList<>();
        int i = 0;
        for (Node p = params.getFirstChild(); p != null; p = p.getNext(), i++) {
            if (i >= length) {
                if (!p.isName()) {
                    return;
                }
                moved.add(p);
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        Node body = fn.getLastChild();
        if (!body.isBlock()) {
            return;
        }
        for (Node s = body.getFirstChild(); s != null; s = s.getNext()) {
            if (s.isFunction() && !s.getFirstChild().getString().isEmpty()) {
                for (Node p : moved) {
                    if (p.getString().equals(s.getFirstChild().getString())) {
                        return;
                    }
                }
            }
        }
        Node declaration = IR.var(IR.name("$jscomp$looplab$unused"));   // replaced below
        declaration.removeChildren();
        int index = length;
        for (Node p : moved) {
            p.detach();
            Node value = IR.getelem(IR.name("arguments"), IR.number(index++));
            Node name = IR.name(p.getString());
            name.addChildToFront(value);
            declaration.addChildToBack(name);
        }
        declaration.srcrefTree(fn);
        body.addChildToFront(declaration);
    }
}
