package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntaxScanTest {

    @Test
    void whatNashornRunsAsItIsNeedsNoLowering() {
        assertFalse(SyntaxScan.needsLowering("a.js", "var a = 1;\nfunction f(x) { return x + a; }"));
        assertFalse(SyntaxScan.needsLowering("a.js",
                "let xs = [1, 2];\nfunction d(n) { return n * 2; }\nfor (var x of xs) console.log(`${x}`, xs.map((n = 1) => d(n)));"));
        // (`for (const x of ...)` trips an assertion in Nashorn's parser under -ea, as in
        // tests, and is then lowered to be safe; without -ea it needs no lowering either.)
        assertFalse(SyntaxScan.needsLowering("a.js", "const o = { m() { return 1; }, k };"));
    }

    @Test
    void whatNashornCannotParseNeedsLowering() {
        assertTrue(SyntaxScan.needsLowering("a.js", "async function f() {}"));
        assertTrue(SyntaxScan.needsLowering("a.js", "a?.b"));
        assertTrue(SyntaxScan.needsLowering("a.js", "a ?? b"));
        assertTrue(SyntaxScan.needsLowering("a.js", "2 ** 3"));
    }

    @Test
    void forOfOverAUsersIteratorNeedsLowering() {
        // Nashorn's own for-of never calls an iterator's return(): ForOfClose does
        assertTrue(SyntaxScan.needsLowering("a.js",
                "var it = { [Symbol.iterator]: function () { return this; } };\nfor (var x of it) break;"));
        assertTrue(SyntaxScan.needsLowering("a.js", "var o = {};\no[Symbol.iterator] = f;\nfor (var x of o) break;"));
        assertFalse(SyntaxScan.needsLowering("a.js", "for (var x of [1, 2]) console.log(x);"));
    }

    @Test
    void aLetOrConstUsedBeforeItsDeclarationNeedsLowering() {
        // Nashorn says "x is not defined"; the lowering throws V8's "Cannot access 'x' before initialization"
        assertTrue(SyntaxScan.needsLowering("a.js", "console.log(x);\nlet x = 1;"));
        assertTrue(SyntaxScan.needsLowering("a.js", "function f() { typeof c; const c = 2; }"));
        // a use in another function, or after the declaration, decides nothing
        assertFalse(SyntaxScan.needsLowering("a.js", "function f() { return x; }\nlet x = 1;\nconsole.log(x);"));
        // (a second `let i` in the same function after the first; `for (let ...)` itself trips
        // an assertion in Nashorn's parser under -ea, as in tests, and is lowered to be safe)
        assertFalse(SyntaxScan.needsLowering("a.js", "{ let i = 0; console.log(i); }\n{ let i = 1; console.log(i); }"));
    }

    @Test
    void newTargetNeedsLowering() {
        // Nashorn parses it, and evaluating it throws "ReferenceError: new.target is not defined"
        assertTrue(SyntaxScan.needsLowering("a.js", "var o = { m: function () { return new.target; } };"));
        assertFalse(SyntaxScan.needsLowering("a.js", "var o = { target: 1 }; o.target;"));
    }

    @Test
    void literalsNashornBuildsWronglyNeedLowering() {
        // a Symbol as computed key becomes "undefined"; accessors end up after data properties
        assertTrue(SyntaxScan.needsLowering("a.js", "var o = { [s]: 1 };"));
        assertTrue(SyntaxScan.needsLowering("a.js", "var o = { get a() { return 1; }, b: 2 };"));
        assertFalse(SyntaxScan.needsLowering("a.js", "var o = { b: 2, get a() { return 1; } };"));
    }

    @Test
    void anonymousFunctionsThatV8NamesAreNamedWithoutLowering() {
        assertFalse(SyntaxScan.needsLowering("a.js", "const f = () => 1;"));
        assertFalse(SyntaxScan.needsLowering("a.js", "var g = function () {};"));
        assertFalse(SyntaxScan.needsLowering("a.js", "var o = { m: function () {} };"));
        // a comment where the rewrite does not expect one: Closure names it instead
        assertTrue(SyntaxScan.needsLowering("a.js", "const f = (a) /* c */ => a;"));
        assertFalse(SyntaxScan.needsLowering("a.js", "var g = function g() {};\n[1].map(function (x) { return x; });"));
    }

    @Test
    void whatNashornParsesButCannotCompileNeedsLowering() {
        assertTrue(SyntaxScan.needsLowering("a.js", "class A {}"));
        assertTrue(SyntaxScan.needsLowering("a.js", "const [a, b] = [1, 2];"));
        assertTrue(SyntaxScan.needsLowering("a.js", "const { a } = o;"));
        assertTrue(SyntaxScan.needsLowering("a.js", "f(...xs);"));
        assertTrue(SyntaxScan.needsLowering("a.js", "function* g() { yield 1; }"));
        assertTrue(SyntaxScan.needsLowering("a.js", "[a, b] = [b, a];"));
        assertTrue(SyntaxScan.needsLowering("a.js", "for (const [k, v] of m) {}"));
        assertTrue(SyntaxScan.needsLowering("a.js", "function f({ a }) {}"));
    }

    @Test
    void arrowsThatUseThisOrArgumentsNeedLowering() {
        assertTrue(SyntaxScan.needsLowering("a.js", "function T() { setTimeout(() => this.x, 0); }"));
        assertTrue(SyntaxScan.needsLowering("a.js", "function f() { return () => arguments[0]; }"));
        assertFalse(SyntaxScan.needsLowering("a.js", "function T() { var self = this; setTimeout(() => self.x, 0); }"));
    }
}
