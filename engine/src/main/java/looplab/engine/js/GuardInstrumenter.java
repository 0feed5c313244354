package looplab.engine.js;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.nashorn.api.tree.BlockTree;
import org.openjdk.nashorn.api.tree.CatchTree;
import org.openjdk.nashorn.api.tree.CompilationUnitTree;
import org.openjdk.nashorn.api.tree.DoWhileLoopTree;
import org.openjdk.nashorn.api.tree.ExpressionStatementTree;
import org.openjdk.nashorn.api.tree.ForInLoopTree;
import org.openjdk.nashorn.api.tree.ForLoopTree;
import org.openjdk.nashorn.api.tree.ForOfLoopTree;
import org.openjdk.nashorn.api.tree.FunctionDeclarationTree;
import org.openjdk.nashorn.api.tree.FunctionExpressionTree;
import org.openjdk.nashorn.api.tree.IdentifierTree;
import org.openjdk.nashorn.api.tree.LiteralTree;
import org.openjdk.nashorn.api.tree.SimpleTreeVisitorES6;
import org.openjdk.nashorn.api.tree.StatementTree;
import org.openjdk.nashorn.api.tree.Tree;
import org.openjdk.nashorn.api.tree.WhileLoopTree;

/**
 * Makes running JavaScript stoppable. Nashorn ignores {@code Thread.interrupt}, and a stopped
 * thread's error would be caught by the script's own {@code try/catch}, so a call to the guard
 * is written into the source: at the top of every loop body and every function body (so that
 * recursion without loops stops too; expression-bodied arrows are left alone, see
 * {@code guardFunctionBody}), and as the first thing in every {@code catch}, where it
 * also rethrows looplab's own control flow and turns raw Java errors (a stack overflow) into
 * JavaScript ones: {@code catch (e) { e = G(e); ... }}.
 *
 * <p>Insertions never add a line break, so line numbers stay those of the user's source.
 */
public final class GuardInstrumenter {

    private final String guard;

    /** @param guard the identifier of the guard function, e.g. {@code $lg_1a2b}. */
    public GuardInstrumenter(String guard) {
        this.guard = guard;
    }

    /** An insertion of {@code text} at character {@code offset}. */
    private record Edit(long offset, String text) {}

    /** Returns {@code code} with guard calls inserted, given its parse tree. */
    public String instrument(String code, CompilationUnitTree unit) {
        List<Edit> edits = new ArrayList<>();
        unit.accept(new Collector(code, edits), null);
        edits.sort((a, b) -> Long.compare(a.offset, b.offset));
        StringBuilder out = new StringBuilder(code.length() + edits.size() * (guard.length() + 8));
        int at = 0;
        for (Edit e : edits) {
            int off = (int) e.offset;
            out.append(code, at, off).append(e.text);
            at = off;
        }
        out.append(code, at, code.length());
        return out.toString();
    }

    private final class Collector extends SimpleTreeVisitorES6<Void, Void> {
        private final String code;
        private final List<Edit> edits;

        Collector(String code, List<Edit> edits) {
            this.code = code;
            this.edits = edits;
        }

        private String call() {
            return guard + "();";
        }

        /** A loop body: into its block, or wrapped into one. */
        private void guardStatement(StatementTree body) {
            if (body instanceof BlockTree block) {
                insertAfterBrace(block.getStartPosition(), call());
            } else if (body != null) {
                edits.add(new Edit(body.getStartPosition(), "{" + call()));
                edits.add(new Edit(body.getEndPosition(), "}"));
            }
        }

        private void insertAfterBrace(long blockStart, String text) {
            int brace = code.indexOf('{', (int) blockStart);
            if (brace >= 0) {
                edits.add(new Edit(brace + 1, text));
            }
        }

        /** A function body: after its directive prologue, so {@code 'use strict'} still counts. */
        private void guardFunctionBody(Tree body) {
            if (body instanceof BlockTree block) {
                long offset = -1;
                for (StatementTree st : block.getStatements()) {
                    if (st instanceof ExpressionStatementTree es
                            && es.getExpression() instanceof LiteralTree lit
                            && lit.getValue() instanceof String) {
                        offset = afterStringLiteral(lit, st.getEndPosition());
                        continue;
                    }
                    break;
                }
                if (offset >= 0) {
                    edits.add(new Edit(offset, ";" + call()));
                } else {
                    insertAfterBrace(block.getStartPosition(), call());
                }
            }
            // An arrow with an expression body (x => f(x)) gets no guard: Nashorn's parser API
            // reports no usable end position for it, and the forms that need none trip Nashorn
            // parser bugs. A runaway recursion made only of such arrows is stopped by the
            // guard's backstop instead (see Guard).
        }

        /**
         * Just past a directive's closing quote. Nashorn's positions for a string literal leave
         * the quotes out, so the statement's end falls inside the literal: a guard put there
         * turned {@code 'use strict'} into {@code 'use strict;G();'}, and strict mode was lost.
         */
        private long afterStringLiteral(LiteralTree lit, long fallback) {
            int open = (int) lit.getStartPosition() - 1;
            if (open < 0 || open >= code.length() || (code.charAt(open) != '\'' && code.charAt(open) != '"')) {
                return fallback;
            }
            char quote = code.charAt(open);
            for (int i = open + 1; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    return i + 1;
                } else if (c == '\n') {
                    break;
                }
            }
            return fallback;
        }

        @Override
        public Void visitForLoop(ForLoopTree node, Void p) {
            guardStatement(node.getStatement());
            return super.visitForLoop(node, p);
        }

        @Override
        public Void visitForInLoop(ForInLoopTree node, Void p) {
            guardStatement(node.getStatement());
            return super.visitForInLoop(node, p);
        }

        @Override
        public Void visitForOfLoop(ForOfLoopTree node, Void p) {
            guardStatement(node.getStatement());
            return super.visitForOfLoop(node, p);
        }

        @Override
        public Void visitWhileLoop(WhileLoopTree node, Void p) {
            guardStatement(node.getStatement());
            return super.visitWhileLoop(node, p);
        }

        @Override
        public Void visitDoWhileLoop(DoWhileLoopTree node, Void p) {
            guardStatement(node.getStatement());
            return super.visitDoWhileLoop(node, p);
        }

        @Override
        public Void visitFunctionDeclaration(FunctionDeclarationTree node, Void p) {
            guardFunctionBody(node.getBody());
            return super.visitFunctionDeclaration(node, p);
        }

        @Override
        public Void visitFunctionExpression(FunctionExpressionTree node, Void p) {
            guardFunctionBody(node.getBody());
            return super.visitFunctionExpression(node, p);
        }

        @Override
        public Void visitCatch(CatchTree node, Void p) {
            BlockTree block = node.getBlock();
            if (node.getParameter() instanceof IdentifierTree id) {
                String name = id.getName();
                insertAfterBrace(block.getStartPosition(), name + "=" + guard + "(" + name + ");");
            } else {
                insertAfterBrace(block.getStartPosition(), call());
            }
            return super.visitCatch(node, p);
        }
    }
}
