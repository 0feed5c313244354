package looplab.engine.js.lower;

import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Iterating what is not iterable is a TypeError V8 words after the code of the value:
 * "o is not iterable", "obj.list is not iterable", "get is not a function or its return value
 * is not iterable" (a call), "{(intermediate value)} is not iterable" (an object literal), and,
 * for a spread argument of a call, "Spread syntax requires ...iterable[Symbol.iterator] to be a
 * function" ("u is not iterable (cannot read property undefined)" for null and undefined).
 * Closure's lowering reaches {@code $jscomp.makeIterator}, which only has the value. Before
 * lowering, the iterable of a for-of (not for-await), of a spread in an array literal or in
 * arguments, and of an array pattern in a declaration is passed through
 * {@code $jscomp.looplabIterable(value, source, kind)} (async.js), which returns an iterable
 * value as it is and throws V8's error for anything else. The value's code is written as V8's
 * CallPrinter writes it; where it prints none (optional chains, nested patterns, ...) the
 * helper gets no source and says what V8 says then: "number 5 is not iterable (cannot read
 * property Symbol(Symbol.iterator))".
 */
final class IterableErrors {
    private IterableErrors() {
    }

    /** How the helper words its message (see async.js). */
    private static final int PLAIN = 0;
    private static final int CALL_RESULT = 1;
    private static final int SPREAD_ARGUMENT = 2;

    static final CompilerPass PASS = PostOrder.pass(IterableErrors::visit);

    private static void visit(Node n) {
        if (n.isForOf()) {
            wrap(n.getSecondChild(), false);
        } else if (n.isSpread() && n.getParent() != null) {
            Node p = n.getParent();
            if (p.isArrayLit()) {
                wrap(n.getFirstChild(), false);
            } else if ((p.isCall() || p.isNew()) && p.getFirstChild() != n) {
                wrap(n.getFirstChild(), true);
            }
        } else if (n.isArrayPattern() && n.getParent() != null && n.getParent().isDestructuringLhs()
                && n.getNext() != null && n.getParent().getParent() != null
                && (n.getParent().getParent().isVar() || n.getParent().getParent().isLet()
                    || n.getParent().getParent().isConst())) {
            wrap(n.getNext(), false);
        }
    }

    private static void wrap(Node value, boolean spreadArgument) {
        String source;
        int kind;
        if (spreadArgument) {
            source = render(value);
            kind = SPREAD_ARGUMENT;
        } else if (value.isCall() || value.isNew()) {
            source = render(value.getFirstChild());
            kind = CALL_RESULT;
        } else {
            source = render(value);
            kind = PLAIN;
        }
        Node placeholder = IR.empty();
        value.replaceWith(placeholder);
        Node call = IR.call(IR.getprop(IR.name("$jscomp"), "looplabIterable"), value,
                source == null ? IR.name("undefined") : IR.string(source), IR.number(kind));
        call.srcrefTreeIfMissing(value);
        placeholder.replaceWith(call);
    }

    /** The value's code as V8's CallPrinter prints it, or null where it prints none. */
    static String render(Node n) {
        if (n.isObjectLit()) {
            // (each property's value is an "(intermediate value)", with nothing between them)
            return "{" + "(intermediate value)".repeat(n.getChildCount()) + "}";
        }
        if (n.isArrayLit()) {
            StringBuilder out = new StringBuilder("[");
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c != n.getFirstChild()) {
                    out.append(',');
                }
                String element = render(c);
                out.append(element == null ? "(intermediate value)" : element);
            }
            return out.append(']').toString();
        }
        if (n.isNumber()) {
            double d = n.getDouble();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            String text = Double.toString(d);   // (as JS prints it while there is no exponent)
            return text.contains("E") ? null : text;
        }
        if (n.isString()) {
            return "\"" + n.getString() + "\"";
        }
        if (n.isTrue() || n.isFalse()) {
            return n.isTrue() ? "true" : "false";
        }
        if (n.isGetProp() || n.isGetElem()) {
            Node obj = n.getFirstChild();
            if (obj.isObjectLit() || obj.isArrayLit()) {
                String o = render(obj);
                if (n.isGetProp()) {
                    return o + "." + n.getString();
                }
            }
        }
        if (n.isOr() || n.isAnd() || n.isNullishCoalesce()) {
            String left = render(n.getFirstChild());
            String right = render(n.getSecondChild());
            String op = n.isOr() ? " || " : n.isAnd() ? " && " : " ?? ";
            return left == null || right == null ? null : "(" + left + op + right + ")";
        }
        if (n.isOptChainGetProp() || n.isOptChainGetElem() || n.isOptChainCall()) {
            return null;
        }
        String s = DestructureErrors.source(n);
        return "(intermediate value)".equals(s) ? null : s;
    }
}
