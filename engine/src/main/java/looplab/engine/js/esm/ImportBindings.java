package looplab.engine.js.esm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import looplab.engine.js.Es6Parser;
import looplab.engine.js.esm.ModuleLexer.Token;
import org.openjdk.nashorn.api.tree.AssignmentTree;
import org.openjdk.nashorn.api.tree.BlockTree;
import org.openjdk.nashorn.api.tree.CatchTree;
import org.openjdk.nashorn.api.tree.CompilationUnitTree;
import org.openjdk.nashorn.api.tree.ExpressionTree;
import org.openjdk.nashorn.api.tree.ForInLoopTree;
import org.openjdk.nashorn.api.tree.ForLoopTree;
import org.openjdk.nashorn.api.tree.ForOfLoopTree;
import org.openjdk.nashorn.api.tree.FunctionDeclarationTree;
import org.openjdk.nashorn.api.tree.FunctionExpressionTree;
import org.openjdk.nashorn.api.tree.IdentifierTree;
import org.openjdk.nashorn.api.tree.Parser;
import org.openjdk.nashorn.api.tree.PropertyTree;
import org.openjdk.nashorn.api.tree.SimpleTreeVisitorES6;
import org.openjdk.nashorn.api.tree.SwitchTree;
import org.openjdk.nashorn.api.tree.Tree;
import org.openjdk.nashorn.api.tree.VariableTree;

/**
 * Live bindings: every reference to an imported name becomes a read of the module's import
 * record, {@code x} → {@code $import$.x}, whose getter reads the exporting module's variable as
 * it is now. A reference is rewritten only where the name is not declared by an enclosing
 * function, block, parameter list or catch clause; property names, labels and declarations are
 * left alone, and {@code {x}} becomes {@code {x: $import$.x}}. Works on what Nashorn parses
 * (after lowering); only columns move, never lines.
 */
public final class ImportBindings {
    /** The parameter of the ES module wrapper that holds the import record. */
    public static final String RECORD = "$import$";
    private static final String PREFIX = "(function () {";

    private ImportBindings() {
    }

    /** {@code code} (a function body) with its references to {@code names} rewritten. */
    public static String rewrite(String code, Set<String> names) {
        if (names.isEmpty()) {
            return code;
        }
        Set<Integer> loopNames = new HashSet<>();
        String parsed = PREFIX + withoutLoopLexicals(code, loopNames) + "\n})";
        Parser parser = Es6Parser.get();
        CompilationUnitTree unit;
        try {
            unit = parser.parse("module", parsed, d -> { });
        } catch (RuntimeException | AssertionError e) {
            return code;
        }
        if (unit == null) {
            return code;
        }
        Collector c = new Collector(names, loopNames);
        unit.accept(c, null);
        List<int[]> edits = new ArrayList<>();   // {offset, shorthand?}
        for (Reference r : c.references) {
            if (!r.scope.declares(r.name)) {
                edits.add(new int[] {(int) r.node.getStartPosition() - PREFIX.length(), r.shorthand ? 1 : 0});
            }
        }
        edits.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder(code.length() + edits.size() * 12);
        int at = 0;
        int last = -1;
        for (int[] e : edits) {
            if (e[0] == last || e[0] < 0 || e[0] > code.length()) {
                continue;
            }
            last = e[0];
            out.append(code, at, e[0]);
            if (e[1] == 1) {
                out.append(nameAt(code, e[0])).append(": ");
            }
            out.append(RECORD).append('.');
            at = e[0];
        }
        return out.append(code, at, code.length()).toString();
    }

    private static String nameAt(String code, int offset) {
        int end = offset;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        return code.substring(offset, end);
    }

    /**
     * Nashorn's parser API drops the whole loop of {@code for (let ...)} and
     * {@code for (const ...)} from its tree; with {@code var} (same length) in their place the
     * loop is there. The names so declared are remembered by offset: they stay loop-scoped.
     */
    private static String withoutLoopLexicals(String code, Set<Integer> loopNames) {
        List<Token> tokens = ModuleLexer.tokens(code);
        StringBuilder out = null;
        for (int i = 0; i + 3 < tokens.size(); i++) {
            Token kw = tokens.get(i + 2);
            if (tokens.get(i).is("for") && tokens.get(i + 1).is("(") && (kw.is("let") || kw.is("const"))) {
                if (out == null) {
                    out = new StringBuilder(code);
                }
                out.replace(kw.start(), kw.end(), kw.is("let") ? "var" : "var  ");
                loopNames.add(tokens.get(i + 3).start() + PREFIX.length());
            }
        }
        return out == null ? code : out.toString();
    }

    private record Reference(IdentifierTree node, String name, Scope scope, boolean shorthand) {}

    private static final class Scope {
        final Scope parent;
        final boolean function;
        final Set<String> names = new HashSet<>();

        Scope(Scope parent, boolean function) {
            this.parent = parent;
            this.function = function;
        }

        Scope functionScope() {
            Scope s = this;
            while (!s.function && s.parent != null) {
                s = s.parent;
            }
            return s;
        }

        boolean declares(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.names.contains(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Collector extends SimpleTreeVisitorES6<Void, Void> {
        private final Set<String> names;
        private final Set<Integer> loopNames;
        final List<Reference> references = new ArrayList<>();
        private Scope scope = null;

        Collector(Set<String> names, Set<Integer> loopNames) {
            this.names = names;
            this.loopNames = loopNames;
        }

        private void enter(boolean function) {
            scope = new Scope(scope, function);
        }

        private void leave() {
            scope = scope.parent;
        }

        private void declare(ExpressionTree binding, Scope where) {
            if (binding instanceof IdentifierTree id) {
                where.names.add(id.getName());
            } else if (binding instanceof AssignmentTree a) {
                declare(a.getVariable(), where);
            }
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void p) {
            if (scope != null && names.contains(node.getName()) && !node.isThis() && !node.isSuper()) {
                references.add(new Reference(node, node.getName(), scope, false));
            }
            return null;
        }

        @Override
        public Void visitProperty(PropertyTree node, Void p) {
            ExpressionTree key = node.getKey();
            ExpressionTree value = node.getValue();
            if (node.isComputed() && key != null) {
                key.accept(this, p);
            }
            if (value instanceof IdentifierTree v && key instanceof IdentifierTree k && !node.isComputed()
                    && v.getStartPosition() == k.getStartPosition()) {
                if (scope != null && names.contains(v.getName())) {
                    references.add(new Reference(v, v.getName(), scope, true));
                }
            } else if (value != null) {
                value.accept(this, p);
            }
            if (node.getGetter() != null) {
                node.getGetter().accept(this, p);
            }
            if (node.getSetter() != null) {
                node.getSetter().accept(this, p);
            }
            return null;
        }

        @Override
        public Void visitVariable(VariableTree node, Void p) {
            ExpressionTree binding = node.getBinding();
            boolean loopLexical = binding != null && loopNames.contains((int) binding.getStartPosition());
            boolean lexical = node.isLet() || node.isConst() || loopLexical;
            declare(binding, lexical ? scope : scope.functionScope());
            if (node.getInitializer() != null) {
                node.getInitializer().accept(this, p);
            }
            return null;
        }

        @Override
        public Void visitFunctionDeclaration(FunctionDeclarationTree node, Void p) {
            if (node.getName() != null && scope != null) {
                scope.names.add(node.getName().getName());
            }
            enter(true);
            for (ExpressionTree param : node.getParameters()) {
                declare(param, scope);
                if (param instanceof AssignmentTree a) {
                    a.getExpression().accept(this, p);
                }
            }
            visitBody(node.getBody(), p);
            leave();
            return null;
        }

        @Override
        public Void visitFunctionExpression(FunctionExpressionTree node, Void p) {
            boolean outermost = scope == null;
            enter(true);
            if (node.getName() != null && !outermost) {
                scope.names.add(node.getName().getName());
            }
            for (ExpressionTree param : node.getParameters()) {
                declare(param, scope);
                if (param instanceof AssignmentTree a) {
                    a.getExpression().accept(this, p);
                }
            }
            visitBody(node.getBody(), p);
            leave();
            return null;
        }

        private void visitBody(Tree body, Void p) {
            if (body instanceof BlockTree block) {
                block.getStatements().forEach(s -> s.accept(this, p));
            } else if (body != null) {
                body.accept(this, p);
            }
        }

        @Override
        public Void visitBlock(BlockTree node, Void p) {
            enter(false);
            super.visitBlock(node, p);
            leave();
            return null;
        }

        @Override
        public Void visitForLoop(ForLoopTree node, Void p) {
            enter(false);
            super.visitForLoop(node, p);
            leave();
            return null;
        }

        @Override
        public Void visitForInLoop(ForInLoopTree node, Void p) {
            enter(false);
            super.visitForInLoop(node, p);
            leave();
            return null;
        }

        @Override
        public Void visitForOfLoop(ForOfLoopTree node, Void p) {
            enter(false);
            super.visitForOfLoop(node, p);
            leave();
            return null;
        }

        @Override
        public Void visitSwitch(SwitchTree node, Void p) {
            node.getExpression().accept(this, p);
            enter(false);
            node.getCases().forEach(c -> c.accept(this, p));
            leave();
            return null;
        }

        @Override
        public Void visitCatch(CatchTree node, Void p) {
            enter(false);
            declare(node.getParameter(), scope);
            if (node.getCondition() != null) {
                node.getCondition().accept(this, p);
            }
            node.getBlock().accept(this, p);
            leave();
            return null;
        }
    }
}
