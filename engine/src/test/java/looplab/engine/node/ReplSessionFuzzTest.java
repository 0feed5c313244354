package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.PrintStream;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import looplab.engine.js.InputScanner;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random, truncated and spliced snippets: every one must be answered (a value or
 * an {@code Uncaught …}), the scanner must never fail on one, and the session must stay alive.
 */
class ReplSessionFuzzTest {
    private static final List<String> CORPUS = List.of(
            "1 + 2 * 3", "let a1 = [1, 2, 3].map(x => x * 2)", "const o1 = { a: 1, b: { c: 'd' } }",
            "function f1(a, b) { return a + b }", "f1(1, 2)", "`t ${1 + 1} t`", "'str'.toUpperCase()",
            "JSON.stringify({ a: [1, { b: 2 }] })", "new Map([[1, 'a']])", "class K1 { m() { return 1 } }",
            "setTimeout(() => 1, 0)", "Promise.resolve(3).then(v => v + 1)", "process.nextTick(() => {})",
            "queueMicrotask(() => {})", "setImmediate(() => {})", "try { null.x } catch (e) { e.message }",
            "typeof undefinedThing", "[...'abc']", "const { p1, q1 } = { p1: 1, q1: 2 }", "/a(b)c/.exec('abc')",
            "(function () { return this })()", "Symbol('s')", "async function af() { return 1 }",
            "x1 => x1", "0.1 + 0.2", "[] + {}", "new Error('e')", "throw new TypeError('t')",
            "'\\u00e9'.length", "let s1 = new Set([1, 1, 2]); s1.size", "Object.keys(globalThis).length > 0",
            "require('path').join('a', 'b')", "await Promise.resolve(1)", "for (const v of [1, 2]) { v }",
            "if (true) { 'yes' } else { 'no' }", "switch (1) { case 1: 'one' }", "label: { break label }",
            "delete globalThis.zz", "void 0", "new Date(0).toISOString()", "Math.max(...[1, 5, 3])");
    private static final String[] NOISE = {"(", ")", "{", "}", "[", "]", "'", "\"", "`", "${", "/", "*",
        "=>", ";", ",", ".", "await", "let", "const", "class", "new", "\n", "#", "@", "\\", "...", "?."};

    @Test
    void answersEverySnippetAndStaysAlive() throws Exception {
        PrintStream none = new PrintStream(PrintStream.nullOutputStream());
        AtomicReference<ReplSession.Echo> last = new AtomicReference<>();
        ReplSession session = ReplSession.start(RunOptions.defaults(none, none).withSink(e -> { }, false),
                false, false, last::set);
        Random random = new Random(20261129);
        int n = Integer.getInteger("looplab.fuzz.count", 1000);
        try {
            for (int i = 0; i < n; i++) {
                String snippet = mutate(random);
                InputScanner.isIncomplete(snippet);
                last.set(null);
                session.eval(snippet).get(60, TimeUnit.SECONDS);
                assertNotNull(last.get(), () -> "no answer to: " + snippet);
            }
            last.set(null);
            session.eval("6 * 7").get(60, TimeUnit.SECONDS);
            assertEquals("42", last.get().text());
        } finally {
            session.close();
        }
    }

    private static String mutate(Random random) {
        String s = CORPUS.get(random.nextInt(CORPUS.size()));
        switch (random.nextInt(4)) {
            case 0 -> s = s.substring(0, random.nextInt(s.length() + 1));
            case 1 -> {
                int at = random.nextInt(s.length() + 1);
                s = s.substring(0, at) + NOISE[random.nextInt(NOISE.length)] + s.substring(at);
            }
            case 2 -> s = s + " " + CORPUS.get(random.nextInt(CORPUS.size()))
                    .substring(0, random.nextInt(5));
            default -> { }
        }
        return s;
    }
}
