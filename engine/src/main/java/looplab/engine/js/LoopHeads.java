package looplab.engine.js;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nashorn's tree API loses every loop whose head declares with {@code let} or {@code const}:
 * {@code for (const x of xs) { ... }} comes out of the parser as the declaration alone, with
 * no loop and no body (the parser wraps such a loop in a block of its own, which its tree
 * translation drops). A walk of that tree never reaches the body, so neither a guard call nor
 * the {@code e = G(e)} of a {@code catch} in it would be written, and errors caught there
 * kept Nashorn's wording.
 *
 * <p>The same text with {@code var} in those heads, padded to the same length, parses into a
 * tree with the loops in it and every position unchanged: it is that tree's positions that
 * say where to insert into the real text, which keeps its {@code let} and {@code const}.
 * A head keyword inside a string or comment is rewritten too, harmlessly: only positions are
 * read from the copy.
 */
public final class LoopHeads {
    private static final Pattern HEAD = Pattern.compile("\\bfor\\s*(?:await\\s*)?\\(\\s*(let|const)(?=[\\s\\[{])");

    private LoopHeads() {
    }

    /** {@code code} with {@code var} for every let/const loop head, or {@code null} if it has none. */
    public static String withVarHeads(String code) {
        Matcher m = HEAD.matcher(code);
        if (!m.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder(code);
        do {
            String keyword = m.group(1);
            out.replace(m.start(1), m.end(1), "var" + " ".repeat(keyword.length() - 3));
        } while (m.find());
        return out.toString();
    }
}
