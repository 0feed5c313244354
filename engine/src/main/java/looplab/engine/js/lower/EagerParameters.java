package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.List;
import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Parameters are bound when a function is called (FunctionDeclarationInstantiation), before
 * its body starts: a generator whose parameter default or destructuring throws throws from
 * the call, not from the first {@code next()}; an async function whose parameters throw
 * returns a rejected promise instead of throwing. Closure gets both wrong: it puts a
 * generator's parameter code inside the state machine (run by the first {@code next()}), and
 * an async function's before the driver (so it throws from the call).
 *
 * <p>Two steps around the lowering: {@link #MARK}, before it, puts a marker statement at the
 * start of the body of every generator and async (non-generator) function with non-simple
 * parameters; Closure's parameter lowering then puts the parameter code before the marker.
 * {@link #hoist}, after it, moves a generator's statements before the marker out of the state
 * machine to just before {@code return $jscomp.generator.createGenerator(...)}, and wraps an
 * async function's statements before {@code return $jscomp.asyncExecutePromiseGeneratorProgram(...)}
 * in a try whose catch returns a promise the driver rejects with what was thrown. Markers
 * are removed; where the lowered shape is not the expected one, nothing else changes.
 */
final class EagerParameters {
    private static final String MARKER = "$jscomp.looplabParametersBound";

    private EagerParameters() {
    }

    /** Before lowering: the marker in every generator or async function with non-simple parameters. */
    static final CompilerPass MARK = (externs, root) -> mark(root);

    private static void mark(Node root) {
        List<Node> functions = new ArrayList<>();
        collect(root, functions);
        for (Node fn : functions) {
            Node body = fn.getLastChild();
            if (!body.isBlock()) {           // an async arrow with an expression body
                Node expr = body.detach();
                body = IR.block(IR.returnNode(expr));
                body.srcrefTree(expr);
                fn.addChildToBack(body);
            }
            Node marker = IR.exprResult(IR.getprop(IR.name("$jscomp"), "looplabParametersBound"));
            marker.srcrefTree(body);
            body.addChildToFront(marker);
        }
    }

    private static void collect(Node n, List<Node> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, out);
        }
        if (n.isFunction() && n.isGeneratorFunction() != n.isAsyncFunction() && !simpleParameters(n.getSecondChild())) {
            out.add(n);
        }
    }

    /** Only plain names (and a rest name: binding it cannot throw). */
    private static boolean simpleParameters(Node params) {
        for (Node p = params.getFirstChild(); p != null; p = p.getNext()) {
            if (!(p.isName() || p.isRest() && p.getOnlyChild().isName())) {
                return false;
            }
        }
        return true;
    }

    /** After lowering: the parameter code where the call runs it; every marker gone. */
    static void hoist(Node root) {
        List<Node> markers = new ArrayList<>();
        findMarkers(root, markers);
        for (Node marker : markers) {
            try {
                move(marker);
            } finally {
                if (marker.getParent() != null) {
                    marker.detach();
                }
            }
        }
    }

    private static void findMarkers(Node n, List<Node> out) {
        if (n.isExprResult() && MARKER.equals(n.getFirstChild().getQualifiedName())) {
            out.add(n);
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            findMarkers(c, out);
        }
    }

    private static void move(Node marker) {
        Node program = enclosingFunction(marker);
        if (program == null || !program.getParent().isCall()) {
            return;
        }
        Node call = program.getParent();
        String callee = call.getFirstChild().getQualifiedName();
        Node ret = call.getParent();
        if (!ret.isReturn() || !ret.getParent().isBlock() || !ret.getParent().getParent().isFunction()) {
            return;
        }
        if ("$jscomp.generator.createGenerator".equals(callee)) {
            // The marker's block must be what runs first: the program's body, or the block of
            // the leading `if (ctx.nextAddress == 1)`.
            Node block = marker.getParent();
            Node body = program.getLastChild();
            boolean first = block == body
                    || block.getParent().isIf() && block.getParent().getFirstChild().getNext() == block
                    && block.getParent().getParent() == body && body.getFirstChild() == block.getParent();
            if (!first) {
                return;
            }
            List<Node> before = new ArrayList<>();
            for (Node s = block.getFirstChild(); s != marker; s = s.getNext()) {
                before.add(s);
            }
            for (Node s : before) {
                s.detach();
                s.insertBefore(ret);
            }
        } else if ("$jscomp.asyncExecutePromiseGeneratorProgram".equals(callee)) {
            Node outerBody = ret.getParent();
            List<Node> before = new ArrayList<>();
            for (Node s = outerBody.getFirstChild(); s != ret; s = s.getNext()) {
                if (!s.isFunction()) {
                    before.add(s);
                }
            }
            if (before.isEmpty()) {
                return;
            }
            Node tryBlock = IR.block();
            for (Node s : before) {
                tryBlock.addChildToBack(s.detach());
            }
            String e = "$jscomp$looplab$parameterError";
            Node rethrow = IR.function(IR.name(""), IR.paramList(), IR.block(IR.throwNode(IR.name(e))));
            Node reject = IR.returnNode(IR.call(IR.getprop(IR.name("$jscomp"), "asyncExecutePromiseGeneratorProgram"), rethrow));
            Node tryCatch = IR.tryCatch(tryBlock, IR.catchNode(IR.name(e), IR.block(reject)));
            tryCatch.srcrefTree(ret);
            tryCatch.insertBefore(ret);
        }
    }

    private static Node enclosingFunction(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.isFunction()) {
                return p;
            }
        }
        return null;
    }
}
