package looplab.engine.js.lower;

import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * {@code new.target} where no {@code new} can reach is {@code undefined}: in an async function,
 * a generator or an async generator, in a method, getter or setter of a class or an object
 * literal (none is a constructor), in a class field's initializer and a static block, and in
 * an arrow function inside any of those (an arrow sees its surroundings' {@code new.target}).
 * Closure lowers {@code new.target} only in a class constructor and refused everything else
 * with "does not support new.target", so an async method returning {@code () => new.target}
 * did not compile. Before lowering, those become {@code void 0}; a constructor's, and a plain
 * function's (which Closure still refuses, and which a call or a {@code new} decides at run
 * time), are left alone.
 */
final class NewTargets {
    private NewTargets() {
    }

    static final CompilerPass PASS = PostOrder.pass(NewTargets::replace);

    private static void replace(Node n) {
        if (n.getToken() == com.google.javascript.rhino.Token.NEW_TARGET && neverConstructed(n)) {
            Node v = IR.voidNode(IR.number(0));
            v.srcrefTree(n);
            n.replaceWith(v);
        }
    }

    /** Is the function whose {@code new.target} this is one that cannot be called with {@code new}? */
    private static boolean neverConstructed(Node newTarget) {
        for (Node child = newTarget, p = newTarget.getParent(); p != null; child = p, p = p.getParent()) {
            if (p.isMemberFieldDef() || p.isComputedFieldDef() && child == p.getSecondChild()) {
                return true;                  // a field initializer (not a computed key)
            }
            if (p.isBlock() && p.getParent() != null && p.getParent().isClassMembers()) {
                return true;                  // a static block
            }
            if (p.isFunction() && !p.isArrowFunction()) {
                if (p.isAsyncFunction() || p.isGeneratorFunction()) {
                    return true;
                }
                Node owner = p.getParent();
                if (owner.isGetterDef() || owner.isSetterDef()) {
                    return true;
                }
                if (owner.isMemberFunctionDef()) {
                    return !(owner.getParent().isClassMembers() && owner.getString().equals("constructor")
                            && !owner.isStaticMember());
                }
                return false;
            }
        }
        return false;
    }
}
