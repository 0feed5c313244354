package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;

/** Anonymous functions get V8's names without Closure, and keep their lines and source text. */
class NativeNamesTest {

    private static String named(String code) {
        SyntaxScan.Result r = SyntaxScan.scan("a.js", code, "M", 1);
        assertFalse(r.needsLowering(), code);
        return r.code();
    }

    @Test
    void arrowsAndFunctionExpressionsBecomeNamedFunctionExpressions() {
        assertEquals("const f = function f/*M:1*/(s) {return  console.log(s)};", named("const f = (s) => console.log(s);"));
        assertEquals("let g = function g/*M:1*/(x) {return  x * 2};", named("let g = x => x * 2;"));
        assertEquals("var o = { m: function m/*M:1*/ () {}, n: function n/*M:2*/() {return  ({a: 1})}, s: function s/*M:3*/() {return  'x'} };",
                named("var o = { m: function () {}, n: () => ({a: 1}), s: () => 'x' };"));
        assertEquals("const k = function k/*M:1*/(a, b)  {\n  return a + b;\n};", named("const k = (a, b) => {\n  return a + b;\n};"));
    }

    @Test
    void noLineBreakIsAddedOrRemoved() {
        String code = "const w = (\n  x\n) =>\n  x + 1;\nconst c = () => /* c */ 1;\nconst d = (a) => // c\n  a;\n"
                + "const e = () => /* a\n b */ 3;\nconsole.log(w(1), c(), d(4), e());";
        String out = named(code);
        assertEquals(code.lines().count(), out.lines().count(), out);
        assertEquals("2 1 4 3\n", Runs.eval(code, false).stdout());
    }

    @Test
    void namesToStringAndStackFramesAreV8s() {
        String code = """
                const square = (n) => n * n;
                let greet = function () { return 'hi'; };
                var handlers = { onClick: () => 'click', 'onKey': function () {} };
                console.log(square, greet, handlers, square.name, greet.name);
                console.log(String(square), `${greet}`);
                function outer() { const inner = (v) =>
                  v + 1; return inner; }
                console.log(String(outer));
                const boom = () => { throw new Error('x'); };
                try { boom(); } catch (e) { console.log(e.stack.split('\\n')[1].trim()); }
                """;
        assertEquals("""
                [Function: square] [Function: greet] { onClick: [Function: onClick], onKey: [Function: onKey] } square greet
                (n) => n * n function () { return 'hi'; }
                function outer() { const inner = (v) =>
                  v + 1; return inner; }
                at boom ([eval]:9)
                """, Runs.eval(code, false).stdout());
    }

    @Test
    void aNameThatWouldChangeWhatTheBodyMeansIsLeftOut() {
        // written in the body; read in a body whose variable is assigned elsewhere; a key read in its body
        String code = """
                let get = () => { get = () => 2; return 1; };
                let again = function () { return again; }; const keep = again; again = 1;
                var p = { log: () => log }, log = 3;
                const fib = (n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
                console.log(get(), get(), keep(), p.log(), [keep.name, p.log.name, fib.name, fib(10)]);
                """;
        assertEquals("1 2 1 3 [ '', '', 'fib', 55 ]\n", Runs.eval(code, false).stdout());
    }

    @Test
    void whatClosureMustLowerIsStillLowered() {
        for (String code : List.of("const f = () => this;", "const f = async () => 1;", "const [a] = [() => 1];")) {
            assertEquals(true, SyntaxScan.scan("a.js", code, "M", 1).needsLowering(), code);
        }
    }
}
