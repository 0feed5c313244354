package looplab.engine.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import looplab.engine.testing.Runs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Script code must not reach Java, the JVM or Nashorn's extensions, by any route. */
class SandboxTest {

    /** Runs a snippet the way this class checks it: here, on an engine of its own. */
    Runs.Result eval(String code, boolean traced) {
        return Runs.eval(code, traced);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Java", "Packages", "java", "javax", "JavaImporter", "JSAdapter", "load",
        "loadWithNewGlobal", "quit", "exit", "print", "engine", "context", "__DIR__", "__FILE__", "__LINE__",
        "readLine", "readFully", "$ENV", "$EXEC", "javafx", "com", "org"})
    void nashornGlobalIsGone(String name) {
        Runs.Result r = eval(
                "console.log(typeof " + name + ", typeof Function('return this')()['" + name + "'],"
                + " typeof globalThis['" + name + "'], Object.getOwnPropertyNames(globalThis).indexOf('" + name + "'))",
                false);
        assertEquals("undefined undefined undefined -1\n", r.stdout());
    }

    @Test
    void nashornObjectExtensionsAreGone() {
        Runs.Result r = eval("console.log(typeof Object.bindProperties, typeof Error.dumpStack,"
                + " typeof new Error('x').getStackTrace, typeof new Error('x').printStackTrace)", false);
        assertEquals("undefined undefined undefined undefined\n", r.stdout());
    }

    @Test
    void caughtErrorsCarryNoJavaObject() {
        Runs.Result r = eval("try { null.x } catch (e) { console.log(typeof e.nashornException,"
                + " Object.getOwnPropertyNames(e).indexOf('nashornException')) }", false);
        assertEquals("undefined -1\n", r.stdout());
    }

    @Test
    void caughtStackOverflowIsARangeErrorNotAJavaError() {
        Runs.Result r = eval("function f() { return f() + 1 }"
                + " try { f() } catch (e) { console.log(e instanceof RangeError, e.message, typeof e.getClass) }", false);
        assertEquals("true Maximum call stack size exceeded undefined\n", r.stdout());
    }

    @Test
    void runtimeInternalsAreNotReachableFromGlobals() {
        Runs.Result r = eval("var found = Object.getOwnPropertyNames(globalThis).filter(function (k) {"
                + " var v = globalThis[k]; return v && typeof v === 'object' && typeof v.loadInternal === 'function' });"
                + " console.log(found.length, typeof host, typeof process.binding)", false);
        assertEquals("0 undefined undefined\n", r.stdout());
    }

    @Test
    void theGuardCannotBeReplacedOrDeleted() {
        Runs.Result r = eval("var g = Object.getOwnPropertyNames(globalThis).filter(function (k) { return /^\\$lg/.test(k) })[0];"
                + " var d = Object.getOwnPropertyDescriptor(globalThis, g);"
                + " console.log(d.writable, d.configurable, delete globalThis[g])", false);
        assertEquals("false false false\n", r.stdout());
    }

    @Test
    void primitivesOfferNoJavaMethods() {
        Runs.Result r = eval("console.log(typeof 'x'.getClass, typeof 'x'.getBytes, typeof 'x'.chars,"
                + " typeof (1).getClass, typeof (1.5).doubleValue, typeof true.booleanValue, typeof 'x'.hashCode,"
                + " 'ab'.concat('c'), 'x'.indexOf('x'))", false);
        assertEquals("undefined undefined undefined undefined undefined undefined undefined abc 0\n", r.stdout());
    }

    @Test
    void javaReflectionThroughAnyLeftoverObjectIsRefused() {
        Runs.Result r = eval("var leaks = [];"
                + " Object.getOwnPropertyNames(globalThis).forEach(function (k) {"
                + "   try { var v = globalThis[k]; if (v && typeof v.getClass === 'function') leaks.push(k) } catch (e) {} });"
                + " console.log(JSON.stringify(leaks))", false);
        assertEquals("[]\n", r.stdout());
        assertFalse(r.stderr().contains("java."), r.stderr());
    }
}
