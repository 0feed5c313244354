package looplab.engine.js.lower;

import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.Node;
import java.util.function.Consumer;

/**
 * The walk of the lowering's small rewriting passes: every node after its children, each
 * child's next sibling read before the child is visited, so a visit may replace the node it
 * is given (wrap it, swap it for another) without the walk losing its place.
 */
final class PostOrder {
    private PostOrder() {
    }

    /** A pass that calls {@code visit} on every node of the tree, children first. */
    static CompilerPass pass(Consumer<Node> visit) {
        return (externs, root) -> walk(root, visit);
    }

    private static void walk(Node n, Consumer<Node> visit) {
        for (Node c = n.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            walk(c, visit);
            c = next;
        }
        visit.accept(n);
    }
}
