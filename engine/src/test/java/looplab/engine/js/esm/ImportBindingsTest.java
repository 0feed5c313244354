package looplab.engine.js.esm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportBindingsTest {
    private static String rewrite(String code) {
        return ImportBindings.rewrite(code, Set.of("x", "f"));
    }

    @Test
    void referencesReadTheImportRecord() {
        assertEquals("$import$.f($import$.x + 1); var y = [$import$.x]; $import$.x = 2;",
                rewrite("f(x + 1); var y = [x]; x = 2;"));
    }

    @Test
    void propertyNamesAndMembersAreNotReferences() {
        assertEquals("var o = { x: 1, f: $import$.x }; o.x; o.f();", rewrite("var o = { x: 1, f: x }; o.x; o.f();"));
    }

    @Test
    void shorthandPropertiesKeepTheirName() {
        assertEquals("var o = { x: $import$.x, y: 1 };", rewrite("var o = { x, y: 1 };"));
    }

    @Test
    void declarationsShadow() {
        assertEquals("function g(x) { return x; } $import$.x;", rewrite("function g(x) { return x; } x;"));
        assertEquals("function g() { var x = 1; return x; } $import$.x;", rewrite("function g() { var x = 1; return x; } x;"));
        assertEquals("{ let x = 1; x; } $import$.x;", rewrite("{ let x = 1; x; } x;"));
        assertEquals("try {} catch (x) { x; } $import$.x;", rewrite("try {} catch (x) { x; } x;"));
        assertEquals("var h = function x() { return x; }; $import$.x;", rewrite("var h = function x() { return x; }; x;"));
        assertEquals("var k = (x) => x; $import$.x;", rewrite("var k = (x) => x; x;"));
        assertEquals("function g() { return f; function f() {} } $import$.f();",
                rewrite("function g() { return f; function f() {} } f();"));
    }

    @Test
    void loopsWithLetAreSeenThrough() {
        // Nashorn's tree API drops the whole loop of a for (let ...): it must still be rewritten.
        assertEquals("for (let i = 0; i < $import$.x; i++) { $import$.f(i); }",
                rewrite("for (let i = 0; i < x; i++) { f(i); }"));
        assertEquals("for (const k of $import$.x) { $import$.f(k); }", rewrite("for (const k of x) { f(k); }"));
        assertEquals("for (let x of [1]) { x; }", rewrite("for (let x of [1]) { x; }"));
    }

    @Test
    void templatesAndNestedFunctions() {
        assertEquals("var s = `${$import$.x}!`; setTimeout(function () { $import$.f(); }, 0);",
                rewrite("var s = `${x}!`; setTimeout(function () { f(); }, 0);"));
    }
}
