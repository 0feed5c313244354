package looplab.engine.js;

import java.util.List;
import org.openjdk.nashorn.api.tree.BlockTree;
import org.openjdk.nashorn.api.tree.CompilationUnitTree;
import org.openjdk.nashorn.api.tree.Diagnostic;
import org.openjdk.nashorn.api.tree.ExpressionStatementTree;
import org.openjdk.nashorn.api.tree.Parser;
import org.openjdk.nashorn.api.tree.Tree;

/**
 * The REPL's completion value. Nashorn's {@code eval} hands back {@code null} for both
 * {@code null} and {@code undefined}, so instead of reading it, the last statement, when it is
 * an expression, is passed through a keeper function: {@code x + 1} becomes {@code K(x + 1)}.
 * A whole input in braces that also reads as an object literal is one, as in Node's REPL
 * ({@code {a: 1}} echoes {@code { a: 1 }}, not {@code 1}).
 */
final class CompletionCapture {
    private CompletionCapture() {
    }

    /** {@code code} with its last expression statement wrapped in {@code keeper(...)}, or as it was. */
    static String capture(String name, String code, String keeper) {
        String trimmed = code.trim();
        if (trimmed.startsWith("{") && trimmed.endsWith("}") && parse(name, "(" + code + "\n)") != null) {
            CompilationUnitTree asBlock = parse(name, code);
            if (asBlock == null || asBlock.getSourceElements().size() == 1
                    && asBlock.getSourceElements().get(0) instanceof BlockTree) {
                return keeper + "((" + code + "\n))";
            }
        }
        CompilationUnitTree unit = parse(name, code);
        if (unit == null) {
            return code;
        }
        List<? extends Tree> statements = unit.getSourceElements();
        if (statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof ExpressionStatementTree last)) {
            return code;
        }
        int start = (int) Math.min(last.getStartPosition(), last.getExpression().getStartPosition());
        // Nashorn starts a string literal after its opening quote.
        if (start > 0 && "'\"`".indexOf(code.charAt(start - 1)) >= 0) {
            start--;
        }
        // The last statement runs to the end of the input (Nashorn ends a string literal before
        // its closing quote); a trailing comment is harmless, the parenthesis closes on a new line.
        int end = code.length();
        while (end > start && (code.charAt(end - 1) == ';' || Character.isWhitespace(code.charAt(end - 1)))) {
            end--;
        }
        if (start < 0 || start >= end) {
            return code;
        }
        // The closing parenthesis goes on a line of its own: the statement may end in a // comment.
        return code.substring(0, start) + keeper + "((" + code.substring(start, end) + "\n))" + code.substring(end);
    }

    private static CompilationUnitTree parse(String name, String code) {
        Parser parser = Es6Parser.get();
        boolean[] failed = {false};
        CompilationUnitTree unit = parser.parse(name, code, d -> {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                failed[0] = true;
            }
        });
        return failed[0] ? null : unit;
    }
}
