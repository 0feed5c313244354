package looplab.engine.js;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Top-level {@code await} at the REPL, the way Node's REPL does it: the input becomes the body
 * of an async arrow called at once, whose promise the REPL waits for and whose value it echoes.
 * Simple top-level declarations ({@code const x = await p}, {@code function f}, {@code class C})
 * are hoisted to global {@code var}s so that they outlive the input, and the last expression
 * statement is returned. Lines do not move, so errors and the trace keep the user's line numbers.
 */
public final class TopLevelAwait {
    private static final Set<String> BLOCK_HEADS = Set.of("if", "for", "while", "catch", "switch", "with");
    private static final Set<String> STATEMENT_WORDS = Set.of(
            "var", "let", "const", "if", "for", "while", "do", "function", "class", "return", "throw",
            "try", "switch", "break", "continue", "import", "export", "{", ";", "async");

    private TopLevelAwait() {
    }

    /** Whether {@code code} uses {@code await} outside any function. */
    public static boolean isUsedIn(String code) {
        if (!code.contains("await")) {
            return false;
        }
        List<InputScanner.Token> tokens = InputScanner.tokens(code);
        boolean[] inFunction = functionDepths(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            InputScanner.Token t = tokens.get(i);
            boolean property = i > 0 && (tokens.get(i - 1).text().equals(".") || tokens.get(i - 1).text().equals("?."));
            if (t.text().equals("await") && !inFunction[i] && !property) {
                return true;
            }
        }
        return false;
    }

    /** The input as an async arrow called at once; its value is the promise of the last expression. */
    public static String rewrite(String code) {
        List<InputScanner.Token> tokens = InputScanner.tokens(code);
        StringBuilder out = new StringBuilder(code);
        Set<String> hoisted = new LinkedHashSet<>();
        List<int[]> inserts = new ArrayList<>(); // offsets where "NAME = " goes before a declaration
        List<String> insertTexts = new ArrayList<>();
        int lastStart = -1;
        boolean lastIsDeclaration = false;
        for (int i = 0; i < tokens.size(); i++) {
            InputScanner.Token t = tokens.get(i);
            if (t.depth() != 0 || !startsStatement(code, tokens, i)) {
                continue;
            }
            lastStart = i;
            lastIsDeclaration = false;
            String w = t.text();
            InputScanner.Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if ((w.equals("const") || w.equals("let") || w.equals("var")) && next != null && next.isWord()) {
                // "const x = await p" -> "      x = await p", with "var x" outside.
                for (int k = 0; k < w.length(); k++) {
                    out.setCharAt(t.start() + k, ' ');
                }
                hoisted.add(next.text());
                lastIsDeclaration = true;
            } else if ((w.equals("function") || w.equals("class")) && next != null && next.isWord()) {
                hoisted.add(next.text());
                inserts.add(new int[] {t.start()});
                insertTexts.add(next.text() + " = ");
                lastIsDeclaration = true;
            }
        }
        String returned = null;
        if (lastStart >= 0 && !lastIsDeclaration && !STATEMENT_WORDS.contains(tokens.get(lastStart).text())) {
            returned = "return (";
            InputScanner.Token last = tokens.get(tokens.size() - 1);
            if (last.text().equals(";") && last.depth() == 0) {
                out.setCharAt(last.start(), ' ');
            }
        }
        // Insert from the end so earlier offsets stay valid.
        for (int k = inserts.size() - 1; k >= 0; k--) {
            out.insert(inserts.get(k)[0], insertTexts.get(k));
        }
        if (returned != null) {
            out.insert(offsetAfterInserts(tokens.get(lastStart).start(), inserts, insertTexts), returned);
            out.append("\n)");
        }
        String prologue = hoisted.isEmpty() ? "" : "var " + String.join(", ", hoisted) + "; ";
        return prologue + "(async () => { " + out + "\n})()";
    }

    private static int offsetAfterInserts(int offset, List<int[]> inserts, List<String> texts) {
        int shifted = offset;
        for (int k = 0; k < inserts.size(); k++) {
            if (inserts.get(k)[0] < offset) {
                shifted += texts.get(k).length();
            }
        }
        return shifted;
    }

    /** A statement starts at the first token, after a top-level {@code ;}, or on a new line that does not continue the last. */
    private static boolean startsStatement(String code, List<InputScanner.Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        InputScanner.Token prev = tokens.get(i - 1);
        if (prev.text().equals(";") && prev.depth() == 0) {
            return true;
        }
        boolean newLine = code.substring(prev.start(), tokens.get(i).start()).indexOf('\n') >= 0;
        if (!newLine) {
            return prev.text().equals("}") && prev.depth() == 0;
        }
        String p = prev.text();
        String t = tokens.get(i).text();
        boolean prevContinues = InputScanner.isIncomplete(p) || p.equals("(") || p.equals("[") || p.equals("{");
        boolean thisContinues = t.equals(".") || t.equals("?.") || t.equals(")") || t.equals("]")
                || (!tokens.get(i).isWord() && InputScanner.isIncomplete(t) && !t.equals("!") && !t.equals("~")
                    && !t.equals("-") && !t.equals("+"));
        return !prevContinues && !thisContinues;
    }

    /** For each token, whether it sits inside a function body (braced or not yet closed). */
    private static boolean[] functionDepths(List<InputScanner.Token> tokens) {
        boolean[] inFunction = new boolean[tokens.size()];
        Deque<Boolean> stack = new ArrayDeque<>();
        int functions = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            inFunction[i] = functions > 0;
            if (t.equals("{")) {
                boolean fn = isFunctionBody(tokens, i);
                stack.push(fn);
                functions += fn ? 1 : 0;
            } else if (t.equals("(") || t.equals("[")) {
                stack.push(false);
            } else if ((t.equals("}") || t.equals(")") || t.equals("]")) && !stack.isEmpty()) {
                functions -= stack.pop() ? 1 : 0;
            }
        }
        return inFunction;
    }

    private static boolean isFunctionBody(List<InputScanner.Token> tokens, int brace) {
        if (brace == 0) {
            return false;
        }
        String prev = tokens.get(brace - 1).text();
        if (prev.equals("=>")) {
            return true;
        }
        if (!prev.equals(")")) {
            return false;
        }
        int depth = tokens.get(brace - 1).depth();
        for (int j = brace - 2; j >= 0; j--) {
            InputScanner.Token t = tokens.get(j);
            if (t.text().equals("(") && t.depth() == depth) {
                return j == 0 || !BLOCK_HEADS.contains(tokens.get(j - 1).text());
            }
        }
        return false;
    }
}
