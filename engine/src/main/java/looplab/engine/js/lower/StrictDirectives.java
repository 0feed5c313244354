package looplab.engine.js.lower;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Closure reads a {@code "use strict"} directive into a flag on the script or function body
 * and, with {@code emitUseStrict} off (lowered code must not become strict where the user's
 * was not), prints none: a lowered program lost its strict mode, at the top and in every
 * function ({@code this} was the global in a strict function called plainly, an assignment to
 * a read-only property was silently ignored). The directive is written back as the first
 * statement of each script and function body that carries the flag.
 */
final class StrictDirectives {
    private StrictDirectives() {
    }

    static void restore(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            restore(c);
        }
        boolean body = n.isScript() || n.isBlock() && n.getParent() != null && n.getParent().isFunction();
        if (body && n.isUseStrict() && !startsWithDirective(n)) {
            Node directive = IR.exprResult(IR.string("use strict"));
            directive.srcrefTree(n);
            n.addChildToFront(directive);
        }
    }

    private static boolean startsWithDirective(Node body) {
        Node first = body.getFirstChild();
        return first != null && first.isExprResult() && first.getFirstChild().isStringLit()
                && first.getFirstChild().getString().equals("use strict");
    }
}
