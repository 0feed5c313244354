package looplab.engine.js.lower;

import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.rhino.Node;

/**
 * Early errors of ES2015+ syntax that Closure's parser accepts, found on its tree before
 * lowering, so that the program fails to start with V8's SyntaxError instead of running:
 * <ul>
 * <li>a {@code "use strict"} body with a non-simple parameter list;</li>
 * <li>{@code await} bound or used as a label inside an async function (or its parameters);</li>
 * <li>a class field named {@code constructor}, a static field or method named {@code prototype};</li>
 * <li>{@code arguments} in a class field initializer.</li>
 * </ul>
 * One instance per compilation: {@link #first} is the first error found, or null.
 */
final class EarlyErrors implements CompilerPass {
    /** An early error at a node of the original source. */
    record Found(String message, int line, int column) {}

    private Found first;

    Found first() {
        return first;
    }

    @Override
    public void process(Node externs, Node root) {
        visit(root, false, false);
    }

    /**
     * @param inAsync  the nearest enclosing non-arrow function is async
     * @param inField  inside a class field initializer, not crossing a non-arrow function
     */
    private void visit(Node n, boolean inAsync, boolean inField) {
        if (first != null) {
            return;
        }
        boolean outerAsync = inAsync;
        boolean outerField = inField;
        if (n.isFunction()) {
            if (!simpleParameters(n.getSecondChild()) && n.getLastChild().isBlock() && n.getLastChild().isUseStrict()) {
                error(n, "Illegal 'use strict' directive in function with non-simple parameter list");
                return;
            }
            if (!n.isArrowFunction()) {
                inAsync = n.isAsyncFunction();
                inField = false;
            } else if (n.isAsyncFunction()) {
                inAsync = true;
            }
            if (inAsync && n.getFirstChild().isName() && "await".equals(n.getFirstChild().getString())
                    && !NodeUtil.isFunctionDeclaration(n)) {
                error(n.getFirstChild(), "Unexpected reserved word");
                return;
            }
        }
        if (inAsync && "await".equals(bindingName(n))) {
            error(n, "Unexpected reserved word");
            return;
        }
        if (n.isMemberFieldDef() || n.isMemberFunctionDef() || n.isGetterDef() || n.isSetterDef()) {
            String key = n.getString();
            if (n.isMemberFieldDef() && "constructor".equals(key)) {
                error(n, "Classes may not have a field named 'constructor'");
                return;
            }
            if (n.isStaticMember() && "prototype".equals(key) && n.getParent().isClassMembers()) {
                error(n, "Classes may not have a static property named 'prototype'");
                return;
            }
        }
        if (inField && n.isName() && "arguments".equals(n.getString())) {
            error(n, "'arguments' is not allowed in class field initializer or static initialization block");
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            boolean fieldValue = (n.isMemberFieldDef() || n.isComputedFieldDef()) && c == n.getLastChild()
                    && (n.isMemberFieldDef() || c != n.getFirstChild());
            if (n.isFunction() && c == n.getFirstChild() && NodeUtil.isFunctionDeclaration(n)) {
                visit(c, outerAsync, outerField);     // a declaration's name is bound outside it
            } else {
                visit(c, inAsync, inField || fieldValue);
            }
        }
    }

    /** The name a node binds or labels, or null. */
    private static String bindingName(Node n) {
        Node parent = n.getParent();
        if (n.isLabelName()) {
            return n.getString();
        }
        if (!n.isName() || parent == null) {
            return null;
        }
        if (parent.isVar() || parent.isLet() || parent.isConst() || parent.isParamList() || parent.isCatch()
                || parent.isDefaultValue() && parent.getFirstChild() == n || parent.isRest()
                || parent.isArrayPattern() || parent.isStringKey() && parent.getParent().isObjectPattern()
                || parent.isFunction() && parent.getFirstChild() == n
                && NodeUtil.isFunctionDeclaration(parent)) {
            return n.getString();
        }
        return null;
    }

    private static boolean simpleParameters(Node params) {
        for (Node p = params.getFirstChild(); p != null; p = p.getNext()) {
            if (!p.isName()) {
                return false;
            }
        }
        return true;
    }

    private void error(Node at, String message) {
        first = new Found(message, Math.max(1, at.getLineno()), Math.max(0, at.getCharno()));
    }
}
