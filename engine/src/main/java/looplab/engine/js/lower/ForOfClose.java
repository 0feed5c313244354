package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.List;
import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;

/**
 * {@code for (lhs of e) body} as ForIn/OfBodyEvaluation runs it, which Closure's own lowering
 * does not: it reads {@code next} on every step, accepts a result that is not an object, and
 * never closes the iterator, so a {@code break}, {@code return} or exception in the body left
 * a generator suspended (its {@code finally} never ran) and a user iterator's {@code return()}
 * uncalled. Run before the lowering, this pass rewrites every for-of (not for-await) into
 * <pre>
 *   { var r = $jscomp.looplabForOf(e);
 *     try { L: for (; r.step();) { lhs = r.take(); body } }
 *     catch (x) { r.fail(); throw x; } finally { r.close(); } }
 * </pre>
 * with {@code lhs} as written ({@code var}/{@code let}/{@code const} declaration, pattern or
 * reference) and the loop's labels kept on the loop, and Closure lowers the rest (the block
 * scoping of {@code let}, patterns, a generator's state machine around the try). The helper
 * ({@code async.js}) tracks whether the body is running, so that only leaving it closes the
 * iterator: an exception from {@code next()} or from reading {@code value} does not.
 */
final class ForOfClose implements CompilerPass {
    private int next;

    @Override
    public void process(Node externs, Node root) {
        List<Node> loops = new ArrayList<>();
        collect(root, loops);
        for (Node loop : loops) {             // innermost first: each rewrite keeps its children
            rewrite(loop);
        }
    }

    private static void collect(Node n, List<Node> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, out);
        }
        if (n.isForOf() && !isDeclaration(n.getLastChild())) {
            out.add(n);
        }
    }

    /**
     * A declaration as the whole body ({@code for (x of y) let z;}) is a SyntaxError that
     * Closure's checks report: such a loop is left as it is, not wrapped into a block.
     */
    private static boolean isDeclaration(Node body) {
        if (body.isBlock() && body.isAddedBlock() && body.hasOneChild()) {
            body = body.getFirstChild();       // (Closure's parser puts a lone statement in a block)
        } else if (body.isBlock()) {
            return false;
        }
        return body.isFunction() || body.isClass() || body.isLet() || body.isConst() || body.isLabel();
    }

    private void rewrite(Node loop) {
        int id = next++;
        String record = "$jscomp$looplab$forOf$" + id;
        String caught = "$jscomp$looplab$forOfError$" + id;
        Node top = loop;
        while (top.getParent() != null && top.getParent().isLabel()) {
            top = top.getParent();
        }
        Node lhs = loop.getFirstChild().detach();
        Node iterable = loop.getFirstChild().detach();
        Node body = loop.getFirstChild().detach();

        Node take = IR.call(IR.getprop(IR.name(record), "take"));
        Node bind;
        if (lhs.isVar() || lhs.isLet() || lhs.isConst()) {
            Node target = lhs.getFirstChild();
            if (target.isDestructuringLhs()) {
                target.addChildToBack(take);
            } else {
                target.addChildToFront(take);
            }
            bind = lhs;
        } else {
            bind = IR.exprResult(new Node(Token.ASSIGN, lhs, take));
        }
        Node innerBody = IR.block(bind, body.isBlock() ? body : IR.block(body));
        Node step = IR.call(IR.getprop(IR.name(record), "step"));
        Node newLoop = IR.forNode(IR.empty(), step, IR.empty(), innerBody);

        // The labels move from the loop's old place to the new loop, inside the try.
        Node labelled = newLoop;
        List<Node> labels = new ArrayList<>();
        for (Node p = loop.getParent(); p != null && p.isLabel(); p = p.getParent()) {
            labels.add(p.getFirstChild().cloneNode());
            if (p == top) {
                break;
            }
        }
        for (Node name : labels) {
            labelled = IR.label(name, labelled);
        }

        Node fail = IR.exprResult(IR.call(IR.getprop(IR.name(record), "fail")));
        Node rethrow = IR.throwNode(IR.name(caught));
        Node close = IR.exprResult(IR.call(IR.getprop(IR.name(record), "close")));
        Node tryNode = IR.tryCatchFinally(IR.block(labelled), IR.catchNode(IR.name(caught), IR.block(fail, rethrow)),
                IR.block(close));
        Node declare = IR.var(IR.name(record),
                IR.call(IR.getprop(IR.name("$jscomp"), "looplabForOf"), iterable));
        Node replacement = IR.block(declare, tryNode);

        // Generated nodes point at the loop (for the source map); moved ones keep their own.
        srcrefMissing(replacement, loop);
        top.replaceWith(replacement);
    }

    private static void srcrefMissing(Node n, Node from) {
        if (n.getLineno() <= 0) {
            n.srcref(from);
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            srcrefMissing(c, from);
        }
    }
}
