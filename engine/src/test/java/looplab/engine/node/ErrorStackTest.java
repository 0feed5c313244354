package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;

/** Stacks read as V8's: the user's frames, in order, with no runtime or lowering frames. */
class ErrorStackTest {
    private static String stdout(String code) {
        Runs.Result r = Runs.eval(code, false);
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout().replace("[eval]", "F");
    }

    @Test
    void anAsyncFunctionIsOneFrameAsInV8() {
        // node 20: "at af (F:1:29)" / "at Object.<anonymous> (F:2:1)"; Nashorn has no columns.
        assertEquals("Error: x\n    at af (F:1)\n    at Object.<anonymous> (F:2)\n",
                stdout("async function af() { throw new Error('x') }\n"
                        + "af().catch(e => console.log(e.stack))"));
        assertEquals("Error: y\n    at F:1\n    at Object.<anonymous> (F:1)\n",
                stdout("(async () => { throw new Error('y') })().catch(e => console.log(e.stack))"));
    }

    @Test
    void directRecursionKeepsEveryFrame() {
        assertEquals("Error: deep\n    at f (F:1)\n    at f (F:1)\n    at f (F:1)\n    at Object.<anonymous> (F:2)\n",
                stdout("function f(n) { if (n) return f(n - 1); throw new Error('deep') }\n"
                        + "try { f(2) } catch (e) { console.log(e.stack) }"));
    }

    @Test
    void aStackOverflowHasTheOverflowingFramesTenAtMostAsInV8() {
        assertEquals("RangeError: Maximum call stack size exceeded\n" + "    at f (F:1)\n".repeat(10),
                stdout("function f() { return f() + 1 }\n"
                        + "try { f() } catch (e) { console.log(e.stack) }"));
        Runs.Result r = Runs.eval("function g() { g() }\ng()", false);
        assertEquals(1, r.exitCode());
        assertEquals("[eval]:1\nfunction g() { g() }\n^\n\nRangeError: Maximum call stack size exceeded\n"
                + "    at g ([eval]:1)\n".repeat(10), r.stderr());
    }

    @Test
    void uncaughtPrimitivesAreReportedAsNodeReportsThem() {
        String hint = "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n";
        assertEquals("[eval]:1\nthrow 'as is'\n^\nas is\n" + hint, Runs.eval("throw 'as is'", false).stderr());
        assertEquals("[eval]:1\nthrow null\n^\nnull\n" + hint, Runs.eval("throw null", false).stderr());
        assertEquals("[eval]:1\nthrow 4.5\n^\n4.5\n" + hint, Runs.eval("throw 4.5", false).stderr());
    }

    @Test
    void jsonParseErrorsUseV8sWords() {
        assertEquals("Unexpected token 'a', \"abc\" is not valid JSON|Unexpected end of JSON input"
                        + "|Expected ',' or '}' after property value in JSON at position 6|\"undefined\" is not valid JSON"
                        + "|reviver's own\n",
                stdout("const m = []; for (const t of ['abc', '', '{\"a\":1', undefined]) {\n"
                        + "  try { JSON.parse(t) } catch (e) { m.push(e.message) } }\n"
                        + "try { JSON.parse('1', () => { throw new SyntaxError(\"reviver's own\") }) } catch (e) { m.push(e.message) }\n"
                        + "console.log(m.join('|'))"));
    }
}
