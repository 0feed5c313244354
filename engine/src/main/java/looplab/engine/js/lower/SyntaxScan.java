package looplab.engine.js.lower;

import org.openjdk.nashorn.api.tree.ArrayLiteralTree;
import org.openjdk.nashorn.api.tree.AssignmentTree;
import org.openjdk.nashorn.api.tree.ClassDeclarationTree;
import org.openjdk.nashorn.api.tree.ClassExpressionTree;
import org.openjdk.nashorn.api.tree.CompilationUnitTree;
import org.openjdk.nashorn.api.tree.ExpressionTree;
import org.openjdk.nashorn.api.tree.ForOfLoopTree;
import org.openjdk.nashorn.api.tree.ForInLoopTree;
import org.openjdk.nashorn.api.tree.FunctionDeclarationTree;
import org.openjdk.nashorn.api.tree.FunctionExpressionTree;
import org.openjdk.nashorn.api.tree.IdentifierTree;
import org.openjdk.nashorn.api.tree.ObjectLiteralTree;
import org.openjdk.nashorn.api.tree.PropertyTree;
import org.openjdk.nashorn.api.tree.Parser;
import org.openjdk.nashorn.api.tree.SimpleTreeVisitorES6;
import org.openjdk.nashorn.api.tree.SpreadTree;
import org.openjdk.nashorn.api.tree.Tree;
import org.openjdk.nashorn.api.tree.VariableTree;
import org.openjdk.nashorn.api.tree.YieldTree;

/**
 * The cheap question asked before any lowering: can Nashorn run this source as it is? It
 * cannot when its ES6 parser rejects it ({@code async}, {@code ?.}, {@code ??}, {@code **},
 * class fields, ...), when it contains what that parser accepts but the compiler reports as
 * "not yet implemented" (classes, destructuring, spread and rest, generators), or when an
 * arrow function uses {@code this}, {@code arguments} or {@code super}: Nashorn's arrows do
 * not bind them lexically.
 */
final class SyntaxScan {
    private SyntaxScan() {
    }

    static boolean needsLowering(String name, String code) {
        Parser parser = Parser.create("--language=es6", "--no-syntax-extensions");
        boolean[] failed = {false};
        CompilationUnitTree unit;
        try {
            unit = parser.parse(name, "(function () {" + code + "\n})", d -> failed[0] = true);
        } catch (RuntimeException | AssertionError e) {
            return true;   // (the parser trips an assertion on some computed keys when -ea is on)
        }
        if (unit == null || failed[0]) {
            return true;
        }
        Finder finder = new Finder();
        unit.accept(finder, null);
        return finder.found;
    }

    private static final class Finder extends SimpleTreeVisitorES6<Void, Void> {
        boolean found;
        /** Is the innermost function being visited an arrow? */
        private boolean inArrow;

        private boolean isPattern(ExpressionTree t) {
            return t instanceof ObjectLiteralTree || t instanceof ArrayLiteralTree;
        }

        @Override
        public Void visitClassDeclaration(ClassDeclarationTree node, Void p) {
            found = true;
            return null;
        }

        @Override
        public Void visitClassExpression(ClassExpressionTree node, Void p) {
            found = true;
            return null;
        }

        /**
         * Nashorn turns a computed key that is a Symbol into the string "undefined"
         * ({@code {[s]: 1}}) and puts a literal's getters and setters after its data
         * properties: such literals are lowered (FunctionNames keeps the written order).
         */
        @Override
        public Void visitObjectLiteral(ObjectLiteralTree node, Void p) {
            boolean accessorSeen = false;
            for (PropertyTree prop : node.getProperties()) {
                if (prop.isComputed()) {
                    found = true;
                    return null;
                }
                if (prop.getGetter() != null || prop.getSetter() != null) {
                    accessorSeen = true;
                } else if (accessorSeen || isAnonymousFunction(prop.getValue())) {
                    found = true;
                    return null;
                }
            }
            return super.visitObjectLiteral(node, p);
        }

        @Override
        public Void visitSpread(SpreadTree node, Void p) {
            found = true;
            return null;
        }

        @Override
        public Void visitYield(YieldTree node, Void p) {
            found = true;
            return null;
        }

        /**
         * {@code const f = () => {}} and {@code {m: function () {}}}: V8 names such a function
         * after its variable or key, Nashorn leaves it anonymous ({@code [Function (anonymous)]},
         * {@code f.name === ''}); lowering names it ({@link FunctionNames}).
         */
        private static boolean isAnonymousFunction(Tree value) {
            return value instanceof FunctionExpressionTree fn && fn.getName() == null;
        }

        @Override
        public Void visitVariable(VariableTree node, Void p) {
            if (isPattern(node.getBinding()) || isAnonymousFunction(node.getInitializer())) {
                found = true;
                return null;
            }
            return super.visitVariable(node, p);
        }

        @Override
        public Void visitAssignment(AssignmentTree node, Void p) {
            if (isPattern(node.getVariable())) {
                found = true;
                return null;
            }
            return super.visitAssignment(node, p);
        }

        @Override
        public Void visitForOfLoop(ForOfLoopTree node, Void p) {
            if (isPattern(node.getVariable())) {
                found = true;
                return null;
            }
            return super.visitForOfLoop(node, p);
        }

        @Override
        public Void visitForInLoop(ForInLoopTree node, Void p) {
            if (isPattern(node.getVariable())) {
                found = true;
                return null;
            }
            return super.visitForInLoop(node, p);
        }

        @Override
        public Void visitFunctionDeclaration(FunctionDeclarationTree node, Void p) {
            if (node.isGenerator() || hasPatternParameter(node.getParameters())) {
                found = true;
                return null;
            }
            boolean outer = inArrow;
            inArrow = false;
            try {
                return super.visitFunctionDeclaration(node, p);
            } finally {
                inArrow = outer;
            }
        }

        @Override
        public Void visitFunctionExpression(FunctionExpressionTree node, Void p) {
            if (node.isGenerator() || hasPatternParameter(node.getParameters())) {
                found = true;
                return null;
            }
            boolean outer = inArrow;
            inArrow = node.isArrow();
            try {
                return super.visitFunctionExpression(node, p);
            } finally {
                inArrow = outer;
            }
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void p) {
            if (inArrow && (node.isThis() || node.isSuper() || "arguments".equals(node.getName()))) {
                found = true;
            }
            return null;
        }

        private boolean hasPatternParameter(java.util.List<? extends ExpressionTree> params) {
            for (ExpressionTree t : params) {
                if (isPattern(t) || t instanceof AssignmentTree a && isPattern(a.getVariable())) {
                    return true;
                }
            }
            return false;
        }
    }
}
