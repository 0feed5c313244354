package looplab.engine.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * A fresh global of a shared engine is as locked down as a new engine's: every case of
 * {@link SandboxTest} again, each in a new global of one engine that has already run other
 * programs, and the globals compared name by name with a new engine's.
 */
class SharedEngineSandboxTest extends SandboxTest {
    private static final SharedEngine ENGINE = new SharedEngine();

    @Override
    Runs.Result eval(String code, boolean traced) {
        Runs.eval("globalThis.before = 1", false, ENGINE);
        return Runs.eval(code, traced, ENGINE);
    }

    /** Own property names (and what they hold) of the global and of the prototypes Nashorn extends. */
    private static final String SURFACE = "(function (g) {"
            + " function names(o) { return Object.getOwnPropertyNames(o).sort().map(function (k) {"
            + "   var d = Object.getOwnPropertyDescriptor(o, k);"
            + "   return k + ':' + (d.get || d.set ? 'accessor' : typeof d.value); }).join(' '); }"
            + " return ['global ' + names(g), 'String.prototype ' + names(String.prototype),"
            + "  'Number.prototype ' + names(Number.prototype), 'Boolean.prototype ' + names(Boolean.prototype),"
            + "  'Object ' + names(Object), 'Object.prototype ' + names(Object.prototype),"
            + "  'Function.prototype ' + names(Function.prototype), 'Error ' + names(Error),"
            + "  'Error.prototype ' + names(Error.prototype), 'Array.prototype ' + names(Array.prototype)].join('\\n');"
            + "})(this)";

    @Test
    void aFreshGlobalHasExactlyTheSurfaceOfANewEngine() throws Exception {
        ScriptEngine own = Sandbox.newEngine();
        String expected = (String) own.eval(SURFACE);
        SharedEngine shared = new SharedEngine();
        shared.newGlobal();
        ScriptContext second = shared.newGlobal();
        String actual = (String) shared.engine().eval(SURFACE, second);
        assertEquals(expected, actual);
        assertTrue(actual.contains("getClass:undefined"), actual);
        assertTrue(!actual.contains(" load:") && !actual.contains(" Java:") && !actual.contains("__FILE__"), actual);
    }

    @Test
    void theEnginesOwnGlobalIsNeverHandedOut() {
        SharedEngine shared = new SharedEngine();
        ScriptContext a = shared.newGlobal();
        ScriptContext b = shared.newGlobal();
        assertTrue(a.getBindings(ScriptContext.ENGINE_SCOPE) != b.getBindings(ScriptContext.ENGINE_SCOPE));
        assertTrue(shared.engine().getContext() != a && shared.engine().getContext() != b);
        assertEquals(2, shared.globalsCreated());
    }
}
