package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.List;
import com.google.javascript.jscomp.AbstractCompiler;
import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.jscomp.NodeTraversal;
import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.jscomp.Var;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Two mistakes snippets make on purpose, to show what V8 does at run time: reading a
 * {@code let}, {@code const} or {@code class} binding before its declaration ran
 * ({@code ReferenceError: Cannot access 'x' before initialization}) and assigning a
 * {@code const} ({@code TypeError: Assignment to constant variable.}). Closure refuses both at
 * compile time ("Illegal variable reference before declaration", "Constant reassigned"), so
 * the program did not start. Run before its checks, this pass makes each such place throw
 * V8's error when it is reached: a use before the declaration in the same function (a use
 * inside a nested function or class member depends on when that runs, and is left alone), and
 * an assignment, compound assignment, {@code ++} or {@code --} of a const (after its
 * right-hand side is evaluated, as in V8).
 */
final class LexicalErrors implements CompilerPass {
    private final AbstractCompiler compiler;

    LexicalErrors(AbstractCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public void process(Node externs, Node root) {
        List<Node> tdz = new ArrayList<>();
        List<Node> constWrites = new ArrayList<>();
        NodeTraversal.traverse(compiler, root, new NodeTraversal.AbstractPostOrderCallback() {
            @Override
            public void visit(NodeTraversal t, Node n, Node parent) {
                if (!n.isName() || n.getString().isEmpty()) {
                    return;
                }
                Var v = t.getScope().getVar(n.getString());
                if (v == null || v.getNameNode() == null || v.getNameNode() == n) {
                    return;
                }
                Node declaration = declarationOf(v.getNameNode());
                if (declaration == null) {
                    return;
                }
                if (isBeforeInitialization(n, declarator(v.getNameNode(), declaration))) {
                    tdz.add(n);
                } else if (declaration.isConst() && NodeUtil.isLValue(n)
                        && (parent.isAssign() || NodeUtil.isCompoundAssignmentOp(parent)
                            || parent.isInc() || parent.isDec())) {
                    constWrites.add(n);
                }
            }
        });
        for (Node n : tdz) {
            n.replaceWith(thrower("ReferenceError", "Cannot access '" + n.getString() + "' before initialization", n));
        }
        for (Node n : constWrites) {
            Node write = n.getParent();
            Node fail = thrower("TypeError", "Assignment to constant variable.", n);
            if (write.isInc() || write.isDec()) {
                write.replaceWith(fail);
            } else {
                Node value = write.getSecondChild().detach();
                Node comma = IR.comma(value, fail);
                comma.srcref(write);
                write.replaceWith(comma);
            }
        }
    }

    /** The LET, CONST or CLASS node that declares a name; null for other bindings. */
    private static Node declarationOf(Node nameNode) {
        for (Node p = nameNode.getParent(); p != null; p = p.getParent()) {
            if (p.isLet() || p.isConst()) {
                return p;
            }
            if (p.isClass()) {
                return p.getFirstChild() == nameNode && NodeUtil.isClassDeclaration(p) ? p : null;
            }
            if (!(p.isDestructuringLhs() || p.isArrayPattern() || p.isObjectPattern() || p.isStringKey()
                    || p.isDefaultValue() || p.isRest() || p.isComputedProp())) {
                return null;
            }
        }
        return null;
    }

    /** The part of a declaration that initializes one binding: `b = a` of `let a = 1, b = a`. */
    private static Node declarator(Node nameNode, Node declaration) {
        if (declaration.isClass()) {
            return declaration;
        }
        Node d = nameNode;
        while (d.getParent() != declaration) {
            d = d.getParent();
        }
        return d;
    }

    /**
     * Whether a use runs before its declaration finished, for certain: the use is in the same
     * function (and class member) as the declaration, and comes before its end (a class: before
     * its start; inside the class body the name is already bound).
     */
    private static boolean isBeforeInitialization(Node use, Node declaration) {
        if (runsIn(use) != runsIn(declaration) || (declaration.isName() && declaration.getParent().getParent() != null
                && NodeUtil.isEnhancedFor(declaration.getParent().getParent()))) {
            return false;
        }
        int start = declaration.getSourceOffset();
        int end = declaration.isClass() ? start : start + declaration.getLength();
        return use.getSourceOffset() >= 0 && start >= 0 && use.getSourceOffset() < end;
    }

    /** The innermost function, class field or static block a node's code runs in. */
    private static Node runsIn(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.isFunction() || p.isMemberFieldDef() || p.isComputedFieldDef()
                    || (p.isBlock() && p.getParent() != null && p.getParent().isClassMembers())) {
                return p;
            }
        }
        return null;
    }

    private static Node thrower(String type, String message, Node at) {
        Node fn = IR.function(IR.name(""), IR.paramList(), IR.block(IR.throwNode(
                IR.newNode(IR.name(type), IR.string(message)))));
        Node call = IR.call(fn);
        call.putBooleanProp(Node.FREE_CALL, true);
        call.srcrefTree(at);
        return call;
    }
}
