package looplab.engine.js.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import looplab.engine.js.Es6Parser;
import looplab.engine.js.LoopHeads;
import org.openjdk.nashorn.api.tree.ArrayLiteralTree;
import org.openjdk.nashorn.api.tree.AssignmentTree;
import org.openjdk.nashorn.api.tree.ClassDeclarationTree;
import org.openjdk.nashorn.api.tree.ClassExpressionTree;
import org.openjdk.nashorn.api.tree.CompoundAssignmentTree;
import org.openjdk.nashorn.api.tree.CompilationUnitTree;
import org.openjdk.nashorn.api.tree.ExpressionTree;
import org.openjdk.nashorn.api.tree.ForOfLoopTree;
import org.openjdk.nashorn.api.tree.ForInLoopTree;
import org.openjdk.nashorn.api.tree.FunctionDeclarationTree;
import org.openjdk.nashorn.api.tree.FunctionExpressionTree;
import org.openjdk.nashorn.api.tree.IdentifierTree;
import org.openjdk.nashorn.api.tree.LiteralTree;
import org.openjdk.nashorn.api.tree.ObjectLiteralTree;
import org.openjdk.nashorn.api.tree.PropertyTree;
import org.openjdk.nashorn.api.tree.Parser;
import org.openjdk.nashorn.api.tree.SimpleTreeVisitorES6;
import org.openjdk.nashorn.api.tree.SpreadTree;
import org.openjdk.nashorn.api.tree.Tree;
import org.openjdk.nashorn.api.tree.UnaryTree;
import org.openjdk.nashorn.api.tree.VariableTree;
import org.openjdk.nashorn.api.tree.YieldTree;

/**
 * The cheap question asked before any lowering: can Nashorn run this source as it is? It
 * cannot when its ES6 parser rejects it ({@code async}, {@code ?.}, {@code ??}, {@code **},
 * class fields, ...), when it contains what that parser accepts but the compiler reports as
 * "not yet implemented" (classes, destructuring, spread and rest, generators), or when an
 * arrow function uses {@code this}, {@code arguments} or {@code super}: Nashorn's arrows do
 * not bind them lexically, or when it names {@code new.target}, which Nashorn cannot evaluate.
 */
final class SyntaxScan {
    /** The source is parsed as a function body, where a top-level {@code return} is allowed. */
    static final String HEAD = "(function () {";
    static final String TAIL = "\n})";

    /**
     * What the scan found: whether the source needs Closure, and if not, the source Nashorn
     * runs, with V8's names given to anonymous functions ({@link NativeNames}).
     */
    record Result(boolean needsLowering, String code, List<NativeNames.Renamed> renamed) {
        static final Result LOWER = new Result(true, null, List.of());
    }

    private SyntaxScan() {
    }

    static boolean needsLowering(String name, String code) {
        return scan(name, code, "n", 1).needsLowering();
    }

    /**
     * @param marker  the prefix of the marker comments of renamed functions
     * @param firstId the number of the first renamed function
     */
    static Result scan(String name, String code, String marker, int firstId) {
        Parser parser = Es6Parser.get();
        boolean[] failed = {false};
        CompilationUnitTree unit;
        String wrapped = HEAD + code + TAIL;
        try {
            unit = parser.parse(name, wrapped, d -> failed[0] = true);
        } catch (RuntimeException | AssertionError e) {
            return Result.LOWER;   // (the parser trips an assertion on some computed keys when -ea is on)
        }
        if (unit == null || failed[0]) {
            return Result.LOWER;
        }
        // Nashorn's tree has no let/const loops (LoopHeads): what is in their bodies is found in
        // a copy that declares them with var, on the same positions.
        String varHeads = LoopHeads.withVarHeads(wrapped);
        if (varHeads != null) {
            boolean[] copyFailed = {false};
            try {
                CompilationUnitTree withLoops = parser.parse(name, varHeads, d -> copyFailed[0] = true);
                if (withLoops != null && !copyFailed[0]) {
                    unit = withLoops;
                }
            } catch (RuntimeException | AssertionError e) {
                // (the tree without the loops, as before)
            }
        }
        Finder finder = new Finder();
        unit.accept(finder, null);
        if (finder.found || finder.forOf && code.contains("Symbol.iterator")) {
            return Result.LOWER;   // (a user's iterator: only lowered for-of closes it, ForOfClose)
        }
        if (finder.candidates.isEmpty()) {
            return new Result(false, code, List.of());
        }
        NativeNames.Result named = NativeNames.rewrite(wrapped, HEAD.length(), finder.candidates, finder.reassigned,
                marker, firstId);
        return named == null ? Result.LOWER : new Result(false, named.code(), named.renamed());
    }

    private static final class Finder extends SimpleTreeVisitorES6<Void, Void> {
        boolean found;
        /** Is there a for-of loop? */
        boolean forOf;
        /** Is the innermost function being visited an arrow? */
        private boolean inArrow;
        /** Anonymous functions V8 names after their variable or key. */
        final List<NativeNames.Candidate> candidates = new ArrayList<>();
        /** Names assigned, or declared more than once, anywhere in the program. */
        final Set<String> reassigned = new HashSet<>();
        private final Set<String> declared = new HashSet<>();
        /**
         * The names read or written so far in the function being visited. A let or const
         * declared after a use in the same function is lowered: Nashorn reports such a use as
         * "x is not defined", Closure's lowering (LexicalErrors) as V8 does.
         */
        private Set<String> usedInFunction = new HashSet<>();
        /** The let and const names declared so far in that function: their later uses count not. */
        private Set<String> lexicalInFunction = new HashSet<>();

        private void declare(String name) {
            if (!declared.add(name)) {
                reassigned.add(name);
            }
        }

        private void assign(Tree target) {
            if (target instanceof IdentifierTree id) {
                reassigned.add(id.getName());
            }
        }

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
                } else if (accessorSeen) {
                    found = true;
                    return null;
                } else if (isAnonymousFunction(prop.getValue())) {
                    String key = prop.getKey() instanceof IdentifierTree id ? id.getName()
                            : prop.getKey() instanceof LiteralTree l && l.getValue() instanceof String str ? str : null;
                    if (key != null) {
                        candidates.add(new NativeNames.Candidate((FunctionExpressionTree) prop.getValue(), key,
                                NativeNames.Binding.KEY));
                    }
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
         * {@code f.name === ''}); {@link NativeNames} names it.
         */
        private static boolean isAnonymousFunction(Tree value) {
            return value instanceof FunctionExpressionTree fn && fn.getName() == null;
        }

        @Override
        public Void visitVariable(VariableTree node, Void p) {
            if (isPattern(node.getBinding())) {
                found = true;
                return null;
            }
            if (node.getBinding() instanceof IdentifierTree id) {
                if ((node.isLet() || node.isConst())) {
                    if (usedInFunction.contains(id.getName())) {
                        found = true;
                        return null;
                    }
                    lexicalInFunction.add(id.getName());
                }
                declare(id.getName());
                if (isAnonymousFunction(node.getInitializer())) {
                    candidates.add(new NativeNames.Candidate((FunctionExpressionTree) node.getInitializer(), id.getName(),
                            node.isConst() ? NativeNames.Binding.CONST : NativeNames.Binding.VARIABLE));
                }
            }
            return super.visitVariable(node, p);
        }

        @Override
        public Void visitAssignment(AssignmentTree node, Void p) {
            if (isPattern(node.getVariable())) {
                found = true;
                return null;
            }
            assign(node.getVariable());
            return super.visitAssignment(node, p);
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree node, Void p) {
            assign(node.getVariable());
            return super.visitCompoundAssignment(node, p);
        }

        @Override
        public Void visitUnary(UnaryTree node, Void p) {
            switch (node.getKind()) {
                case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> assign(node.getExpression());
                default -> { }
            }
            return super.visitUnary(node, p);
        }

        @Override
        public Void visitForOfLoop(ForOfLoopTree node, Void p) {
            forOf = true;
            if (isPattern(node.getVariable())) {
                found = true;
                return null;
            }
            assign(node.getVariable());
            return super.visitForOfLoop(node, p);
        }

        @Override
        public Void visitForInLoop(ForInLoopTree node, Void p) {
            if (isPattern(node.getVariable())) {
                found = true;
                return null;
            }
            assign(node.getVariable());
            return super.visitForInLoop(node, p);
        }

        @Override
        public Void visitFunctionDeclaration(FunctionDeclarationTree node, Void p) {
            if (node.isGenerator() || hasPatternParameter(node.getParameters())) {
                found = true;
                return null;
            }
            if (node.getName() != null) {
                declare(node.getName().getName());
            }
            boolean outer = inArrow;
            Set<String> outerUses = usedInFunction;
            Set<String> outerLexical = lexicalInFunction;
            lexicalInFunction = new HashSet<>();
            inArrow = false;
            usedInFunction = new HashSet<>();
            try {
                return super.visitFunctionDeclaration(node, p);
            } finally {
                inArrow = outer;
                usedInFunction = outerUses;
                lexicalInFunction = outerLexical;
            }
        }

        @Override
        public Void visitFunctionExpression(FunctionExpressionTree node, Void p) {
            if (node.isGenerator() || hasPatternParameter(node.getParameters())) {
                found = true;
                return null;
            }
            boolean outer = inArrow;
            Set<String> outerUses = usedInFunction;
            Set<String> outerLexical = lexicalInFunction;
            lexicalInFunction = new HashSet<>();
            inArrow = node.isArrow();
            usedInFunction = new HashSet<>();
            try {
                return super.visitFunctionExpression(node, p);
            } finally {
                inArrow = outer;
                usedInFunction = outerUses;
                lexicalInFunction = outerLexical;
            }
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void p) {
            if (!lexicalInFunction.contains(node.getName())) {
                usedInFunction.add(node.getName());
            }
            if (inArrow && (node.isThis() || node.isSuper() || "arguments".equals(node.getName()))) {
                found = true;
            }
            if ("new.target".equals(node.getName())) {
                found = true;     // Nashorn parses it, and evaluating it throws a ReferenceError
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
