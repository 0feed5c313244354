package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * How Node 20 reports a rejection nobody handled when its reason is not an error: an
 * UnhandledPromiseRejection whose message shows the reason as V8's side-effect-free
 * ToString does (the expected strings below are what node v20.20.2 printed).
 */
class UnhandledRejectionReportTest {
    private static final String PREFIX = "UnhandledPromiseRejection: This error originated either by throwing "
            + "inside of an async function without a catch block, or by rejecting a promise which was not "
            + "handled with .catch(). The promise rejected with the reason \"";

    private static String reasonShown(String reason) {
        Runs.Result r = Runs.eval("Promise.reject(" + reason + ")", false);
        assertEquals(1, r.exitCode(), r.stderr());
        int at = r.stderr().indexOf(PREFIX);
        assertTrue(at >= 0, r.stderr());
        String rest = r.stderr().substring(at + PREFIX.length());
        return rest.substring(0, rest.indexOf("\"."));
    }

    @Test
    void primitivesPrintAsStringWouldAndSymbolsByDescription() {
        assertEquals("null", reasonShown("null"));
        assertEquals("undefined", reasonShown("undefined"));
        assertEquals("42", reasonShown("42"));
        assertEquals("plain", reasonShown("'plain'"));
        assertEquals("Symbol(sym)", reasonShown("Symbol('sym')"));
    }

    @Test
    void objectsNeverCallUserCode() {
        assertEquals("#<Object>", reasonShown("{ a: 1 }"));
        assertEquals("#<Foo>", reasonShown("new (class Foo {})()"));
        assertEquals("#<Map>", reasonShown("new Map()"));
        assertEquals("[object Array]", reasonShown("[1, 2]"));
        assertEquals("[object Date]", reasonShown("new Date(0)"));
        assertEquals("[object Object]", reasonShown("{ toString() { return 'custom' } }"));
        assertEquals("[object Object]", reasonShown("Object.create(null)"));
        assertEquals("Error: fake", reasonShown("Object.assign(Object.create(Error.prototype), { message: 'fake' })"));
    }

    @Test
    void theReportShowsTheCodeAndNoBracketsAndTheCodeIsNotInTheHeadline() {
        Runs.Result r = Runs.eval("Promise.reject(7)", false);
        assertTrue(r.stderr().contains(PREFIX + "7\". {\n  code: 'ERR_UNHANDLED_REJECTION'\n}"), r.stderr());
        assertFalse(r.stderr().contains("[ERR_UNHANDLED_REJECTION]"), r.stderr());
    }

    @Test
    void anObjectWithItsOwnStackIsThrownAsItIs() {
        Runs.Result r = Runs.eval("Promise.reject({ stack: 'custom stack', n: 1 })", false);
        assertEquals(1, r.exitCode());
        assertFalse(r.stderr().contains("UnhandledPromiseRejection"), r.stderr());
        assertTrue(r.stderr().contains("custom stack"), r.stderr());
    }

    @Test
    void aThrowingUncaughtExceptionListenerExitsSevenWithoutEmittingExit() {
        Runs.Result r = Runs.eval("process.on('uncaughtException', () => { throw new Error('again') });"
                + " process.on('exit', (c) => console.log('exit', c));"
                + " setTimeout(() => { throw new Error('first') }, 0)", false);
        assertEquals(7, r.exitCode());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().contains("Error: again"), r.stderr());
    }

    @Test
    void anUnrefedImmediateHasNoRef() {
        Runs.Result r = Runs.eval("const i = setImmediate(() => console.log('ran', i.hasRef()));"
                + " console.log(i.hasRef(), i.unref().hasRef(), i.ref().hasRef())", false);
        assertEquals("true false true\nran false\n", r.stdout());
    }
}
