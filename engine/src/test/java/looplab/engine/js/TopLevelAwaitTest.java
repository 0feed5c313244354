package looplab.engine.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopLevelAwaitTest {
    @Test
    void findsAwaitOutsideFunctionsOnly() {
        assertTrue(TopLevelAwait.isUsedIn("await p"));
        assertTrue(TopLevelAwait.isUsedIn("const x = await f()"));
        assertTrue(TopLevelAwait.isUsedIn("for (const a of b) { await a }"));
        assertFalse(TopLevelAwait.isUsedIn("async function f() { await g() }"));
        assertFalse(TopLevelAwait.isUsedIn("const f = async () => { await g() }"));
        assertFalse(TopLevelAwait.isUsedIn("obj.await"));
        assertFalse(TopLevelAwait.isUsedIn("'await'"));
    }

    @Test
    void returnsTheLastExpression() {
        assertEquals("(async () => { return (await p\n)\n})()", TopLevelAwait.rewrite("await p"));
    }

    @Test
    void hoistsDeclarationsToGlobalVars() {
        assertEquals("var x; (async () => {       x = await f()\n})()", TopLevelAwait.rewrite("const x = await f()"));
        assertEquals("var g; (async () => { g = function g() {}; return (await g()\n)\n})()",
                TopLevelAwait.rewrite("function g() {}; await g()"));
    }

    @Test
    void keepsLinesInPlace() {
        String rewritten = TopLevelAwait.rewrite("const a = 1\nawait a\nconsole.log(a)");
        assertEquals(rewritten.split("\n", -1)[1], "await a");
        assertTrue(rewritten.contains("return (console.log(a)"));
    }
}
