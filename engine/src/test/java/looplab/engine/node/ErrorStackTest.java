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
}
