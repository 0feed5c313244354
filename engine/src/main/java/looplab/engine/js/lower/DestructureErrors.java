package looplab.engine.js.lower;

import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Destructuring null or undefined is a TypeError V8 words after the pattern and the code of
 * the value: "Cannot destructure property 'name' of 'getUser(...)' as it is undefined.", or
 * "Cannot destructure 'null' as it is null." when the pattern starts with no plain key.
 * Closure lowers a pattern to property reads, which Nashorn reports as "Cannot read
 * properties of undefined (reading 'name')". Before lowering, the value of an object pattern
 * in a declaration or an assignment is passed through {@code $jscomp.looplabDestructure}
 * (async.js), which throws V8's error; so is a missing argument of a pattern parameter (a
 * default made to throw; ParameterLengths has already taken the function's length). A first
 * key with a default keeps the read, as V8 does. The value's code is written as V8's
 * CallPrinter writes it for the simple shapes (names, member chains, calls as
 * {@code f(...)}), and "(intermediate value)" for the rest.
 */
final class DestructureErrors {
    private DestructureErrors() {
    }

    static final CompilerPass PASS = PostOrder.pass(DestructureErrors::visit);

    private static void visit(Node n) {
        if (!n.isObjectPattern()) {
            return;
        }
        Node p = n.getParent();
        String key = firstKey(n);
        if (key == null) {
            return;
        }
        if ((p.isDestructuringLhs() || p.isAssign()) && n.getNext() != null && p.getFirstChild() == n) {
            Node value = n.getNext();
            Node check = check(value.cloneTree(), key, source(value));
            check.srcrefTreeIfMissing(value);
            value.replaceWith(check);
        } else if (p.isParamList()) {
            Node missing = check(IR.name("undefined"), key, "undefined");
            missing.srcrefTree(n);
            Node dflt = new Node(com.google.javascript.rhino.Token.DEFAULT_VALUE);
            dflt.srcref(n);
            n.replaceWith(dflt);
            dflt.addChildToBack(n);
            dflt.addChildToBack(missing);
        }
    }

    /** The first key as V8 names it ("" for none: the short message); null to keep the read. */
    private static String firstKey(Node pattern) {
        Node first = pattern.getFirstChild();
        if (first == null || !first.isStringKey()) {
            return "";
        }
        Node target = first.getFirstChild();
        return target != null && target.isDefaultValue() ? null : first.getString();
    }

    private static Node check(Node value, String key, String source) {
        Node call = IR.call(IR.getprop(IR.name("$jscomp"), "looplabDestructure"), value, IR.string(key), IR.string(source));
        call.srcrefTreeIfMissing(value);
        return call;
    }

    /** The value's code as V8 prints it in the message. */
    static String source(Node n) {
        String s = render(n);
        if (s != null && s.startsWith("$jscomp$looplab$forOf")) {
            return ".for";      // (V8 names the value of a for-of pattern after its hidden variable)
        }
        return s == null || s.contains("$jscomp") ? "(intermediate value)" : s;
    }

    private static String render(Node n) {
        if (n.isName()) {
            return n.getString();
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isThis()) {
            return "this";
        }
        if (n.isGetProp()) {
            String obj = render(n.getFirstChild());
            return obj == null ? null : obj + "." + n.getString();
        }
        if (n.isGetElem()) {
            String obj = render(n.getFirstChild());
            Node k = n.getSecondChild();
            if (obj == null) {
                return null;
            }
            if (k.isString()) {
                return obj + "." + k.getString();
            }
            if (k.isNumber()) {
                double d = k.getDouble();
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? obj + "[" + (long) d + "]" : null;
            }
            String key = render(k);
            return key == null ? null : obj + "[" + key + "]";
        }
        if (n.isOr() || n.isAnd() || n.isNullishCoalesce()) {
            String left = render(n.getFirstChild());
            String right = render(n.getSecondChild());
            String op = n.isOr() ? " || " : n.isAnd() ? " && " : " ?? ";
            return left == null || right == null ? null : "(" + left + op + right + ")";
        }
        if (n.isCall()) {
            String callee = render(n.getFirstChild());
            return callee == null ? null : callee + "(...)";
        }
        return null;
    }
}
