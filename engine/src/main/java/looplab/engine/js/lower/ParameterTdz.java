package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * A parameter's default that reads itself or a later parameter ({@code f(x = x)},
 * {@code f(a = b, b)}) reads a binding not yet initialized: V8 throws a ReferenceError
 * ("Cannot access 'x' before initialization") when the default is evaluated, at the call (an
 * async function returns a promise rejected with it). Closure's checks refuse such code at
 * compile time ("Illegal variable reference before declaration"), so the program did not
 * start. Run before them, this pass replaces each such read, outside nested functions and
 * classes (they read the binding later), with an expression that throws V8's error.
 */
final class ParameterTdz implements CompilerPass {

    @Override
    public void process(Node externs, Node root) {
        List<Node> functions = new ArrayList<>();
        collect(root, functions);
        for (Node fn : functions) {
            Node params = fn.getSecondChild();
            Set<String> all = new HashSet<>();
            for (Node p = params.getFirstChild(); p != null; p = p.getNext()) {
                names(p, all);
            }
            Set<String> initialized = new HashSet<>();
            for (Node p = params.getFirstChild(); p != null; p = p.getNext()) {
                bind(p, all, initialized);
            }
        }
    }

    private static void collect(Node n, List<Node> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, out);
        }
        if (n.isFunction() && hasDefault(n.getSecondChild())) {
            out.add(n);
        }
    }

    private static boolean hasDefault(Node n) {
        if (n.isDefaultValue()) {
            return true;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (!c.isFunction() && hasDefault(c)) {
                return true;
            }
        }
        return false;
    }

    /** The names a binding element binds. */
    private static void names(Node n, Set<String> out) {
        if (n.isName()) {
            out.add(n.getString());
        } else if (n.isDefaultValue()) {
            names(n.getFirstChild(), out);
        } else if (n.isArrayPattern() || n.isObjectPattern() || n.isRest()) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                names(c, out);
            }
        } else if (n.isStringKey()) {
            names(n.getFirstChild(), out);
        } else if (n.isComputedProp()) {
            names(n.getSecondChild(), out);
        }
    }

    /** Binds a binding element in evaluation order, checking its defaults' reads first. */
    private static void bind(Node n, Set<String> all, Set<String> initialized) {
        if (n.isName()) {
            initialized.add(n.getString());
        } else if (n.isDefaultValue()) {
            check(n.getSecondChild(), all, initialized);
            bind(n.getFirstChild(), all, initialized);
        } else if (n.isArrayPattern() || n.isObjectPattern() || n.isRest()) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                bind(c, all, initialized);
            }
        } else if (n.isStringKey()) {
            bind(n.getFirstChild(), all, initialized);
        } else if (n.isComputedProp()) {
            check(n.getFirstChild(), all, initialized);
            bind(n.getSecondChild(), all, initialized);
        }
    }

    private static void check(Node n, Set<String> all, Set<String> initialized) {
        if (n.isFunction() || n.isClass()) {
            return;
        }
        if (n.isName() && all.contains(n.getString()) && !initialized.contains(n.getString())
                && !NodeUtil.isLValue(n)) {
            Node thrower = IR.function(IR.name(""), IR.paramList(), IR.block(IR.throwNode(
                    IR.newNode(IR.name("ReferenceError"),
                            IR.string("Cannot access '" + n.getString() + "' before initialization")))));
            Node call = IR.call(thrower);
            call.putBooleanProp(Node.FREE_CALL, true);
            call.srcrefTree(n);
            n.replaceWith(call);
            return;
        }
        for (Node c = n.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            check(c, all, initialized);
            c = next;
        }
    }
}
