package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * An array pattern runs its iterator as the spec's IteratorBindingInitialization and
 * IteratorDestructuringAssignmentEvaluation do, which Closure's lowering does not: it calls
 * {@code next()} once per element even after the iterator said it was done, accepts a result
 * that is not an object, and never closes the iterator, so {@code const [a] = gen()} left the
 * generator suspended (its {@code finally} never ran), and a default value or a nested pattern
 * that threw left a user iterator's {@code return()} uncalled.
 *
 * <p>Closure lowers {@code [a, b = d] = e} to statements on a temporary iterator:
 * <pre>
 *   var t = $jscomp.makeIterator(e); a = t.next().value; var u = t.next().value; b = u === void 0 ? d : u;
 * </pre>
 * Run after the lowering, this pass wraps the iterator in a record that keeps the spec's
 * [[Done]] ({@code $jscomp.looplabPattern}, async.js), and the statements that use it (the
 * run of following statements that name the iterator or a temporary assigned among them) in
 * <pre>
 *   try { ...; t.close(); } catch (x) { t.fail(); throw x; }
 * </pre>
 * so an iterator the pattern did not exhaust is closed when the pattern ends (IteratorClose
 * with a normal completion: a throwing {@code return()} or a result that is not an object
 * throws) or throws (IteratorClose with a throw completion: the pattern's exception wins).
 * A nested pattern's statements sit inside its parent's, so the inner iterator is closed
 * first. Where the statements are not one run in one block (Closure rejects a {@code yield} or
 * {@code await} in a default value, the one thing that would make a state machine split them),
 * nothing changes.
 */
final class PatternClose {
    private static final String TEMP = "$jscomp$destructuring$var";

    /** Where each temporary is named. */
    private final Map<String, List<Node>> uses = new HashMap<>();
    /** The temporaries that hold an iterator. */
    private final Set<String> iterators = new HashSet<>();
    private int next;

    private PatternClose() {
    }

    static void apply(Node root) {
        PatternClose pass = new PatternClose();
        pass.collect(root);
        if (!pass.iterators.isEmpty()) {
            pass.visit(root);
        }
    }

    private void collect(Node n) {
        if (n.isName() && n.getString().startsWith(TEMP)) {
            uses.computeIfAbsent(n.getString(), k -> new ArrayList<>()).add(n);
            Node p = n.getParent();
            if (p.isGetProp() && p.getFirstChild() == n && p.getString().equals("next") && p.getParent().isCall()
                    || p.isCall() && p.getSecondChild() == n && isJscomp(p.getFirstChild(), "arrayFromIterator")
                    || assignedFrom(n) != null && assignedFrom(n).isCall()
                            && isJscomp(assignedFrom(n).getFirstChild(), "makeIterator")) {
                iterators.add(n.getString());
            }
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c);
        }
    }

    private static boolean isJscomp(Node callee, String name) {
        return callee.isGetProp() && callee.getString().equals(name) && callee.getFirstChild().isName()
                && callee.getFirstChild().getString().equals("$jscomp");
    }

    /** The value a temporary's declaration or assignment gives it, or null. */
    private static Node assignedFrom(Node name) {
        Node p = name.getParent();
        if (p.isVar() && name.hasChildren()) {
            return name.getFirstChild();
        }
        if (p.isAssign() && p.getFirstChild() == name) {
            return p.getLastChild();
        }
        return null;
    }

    private void visit(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (n.isBlock() || n.isScript()) {
                String iterator = startedIterator(c);
                if (iterator != null) {
                    c = wrap(c, iterator);    // continues with the new try, whose block is visited
                    continue;
                }
            }
            visit(c);
        }
    }

    /** The iterator temporary a statement {@code var t = ...} or {@code t = ...;} starts, or null. */
    private String startedIterator(Node statement) {
        Node name = null;
        if (statement.isVar() && statement.hasOneChild()) {
            name = statement.getFirstChild();
        } else if (statement.isExprResult() && statement.getFirstChild().isAssign()) {
            name = statement.getFirstChild().getFirstChild();
        }
        if (name == null || !name.isName() || !iterators.contains(name.getString()) || assignedFrom(name) == null) {
            return null;
        }
        return name.getString();
    }

    /** Wraps what follows {@code start} and uses its iterator; returns the statement to go on from. */
    private Node wrap(Node start, String iterator) {
        Set<String> temps = new HashSet<>();
        temps.add(iterator);
        List<Node> range = new ArrayList<>();
        for (Node s = start.getNext(); s != null && names(s, temps); s = s.getNext()) {
            range.add(s);
            assigned(s, temps);
        }
        Set<Node> statements = new HashSet<>(range);
        statements.add(start);
        for (String t : temps) {
            for (Node use : uses.getOrDefault(t, List.of())) {
                if (!within(use, statements) && !isBareDeclaration(use)) {
                    visit(start);
                    return start;
                }
            }
        }
        Node value = assignedFrom(start.isVar() ? start.getFirstChild() : start.getFirstChild().getFirstChild());
        Node record = IR.call(IR.getprop(IR.name("$jscomp"), "looplabPattern"));
        value.replaceWith(record);
        record.addChildToBack(value);

        Node body = IR.block();
        for (Node s : range) {
            body.addChildToBack(s.detach());
        }
        body.addChildToBack(IR.exprResult(IR.call(IR.getprop(IR.name(iterator), "close"))));
        String caught = "$jscomp$looplab$patternError$" + next++;
        Node fail = IR.exprResult(IR.call(IR.getprop(IR.name(iterator), "fail")));
        Node handler = IR.catchNode(IR.name(caught), IR.block(fail, IR.throwNode(IR.name(caught))));
        Node tryNode = IR.tryCatch(body, handler);
        srcrefMissing(tryNode, range.isEmpty() ? start : range.get(range.size() - 1));
        srcrefMissing(record, start);
        tryNode.insertAfter(start);
        visit(start);
        visit(body);
        return tryNode;
    }

    /** Does {@code n} name one of {@code temps}? */
    private static boolean names(Node n, Set<String> temps) {
        if (n.isName() && temps.contains(n.getString())) {
            return true;
        }
        if (n.isFunction()) {
            return false;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (names(c, temps)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the temporaries {@code n} declares or assigns. */
    private static void assigned(Node n, Set<String> temps) {
        if (n.isName() && n.getString().startsWith(TEMP) && assignedFrom(n) != null) {
            temps.add(n.getString());
        }
        if (n.isFunction()) {
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            assigned(c, temps);
        }
    }

    private static boolean within(Node n, Set<Node> statements) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (statements.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** {@code var t;}: where a generator's state machine declares its temporaries. */
    private static boolean isBareDeclaration(Node name) {
        return name.getParent().isVar() && !name.hasChildren();
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
