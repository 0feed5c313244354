package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import looplab.engine.js.JsSyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Early errors Closure's parser lets through are reported before the program runs, with
 * V8's messages and the line they are on (test262's negative parse tests of these kinds).
 */
class EarlyErrorsTest {

    @Test
    void useStrictWithNonSimpleParameters() {
        JsSyntaxError e = error("class A {\n  m(a = 1) {\n    'use strict';\n  }\n}");
        assertEquals("Illegal 'use strict' directive in function with non-simple parameter list", e.getMessage());
        assertEquals(2, e.line);
        error("const f = async ([a]) => { 'use strict'; };");
        error("function* g(...rest) { 'use strict'; }");
    }

    @Test
    void awaitIsReservedInAsyncFunctions() {
        assertEquals("Unexpected reserved word", error("async function f() {\n  var await;\n}").getMessage());
        error("class C { async m() { await: ; } }");
        error("const f = async (await) => 1;");
        error("async function f() { const g = (await) => 1; }");
        // ...but not in a plain function nested in one, nor outside.
        Lowering.transform("t.js", "async function f() { function g(await) { return 1; } }");
        Lowering.transform("t.js", "class C {}\nfunction g(await) { var x = 1; }");
        Lowering.transform("t.js", "async function await() { return 1; }");
    }

    @Test
    void classElementNames() {
        assertEquals("Classes may not have a field named 'constructor'",
                error("class C {\n  constructor = 1;\n}").getMessage());
        assertEquals("Classes may not have a static property named 'prototype'",
                error("class C { static prototype() {} }").getMessage());
        error("class C { static prototype = 1; }");
        Lowering.transform("t.js", "class C { prototype() {} static constructor() {} }");
    }

    @Test
    void argumentsInAFieldInitializer() {
        assertEquals("'arguments' is not allowed in class field initializer or static initialization block",
                error("class C {\n  x = () => arguments;\n}").getMessage());
        Lowering.transform("t.js", "class C { x = function () { return arguments; }; }");
    }

    private static JsSyntaxError error(String code) {
        return assertThrows(JsSyntaxError.class, () -> Lowering.transform("t.js", code));
    }
}
