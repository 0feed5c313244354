package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import looplab.engine.js.JsSyntaxError;
import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrivateNamesTest {

    @Test
    void codeWithoutPrivateNamesIsLeftAlone() throws Exception {
        String code = "const s = '#fff'; // #comment\nconst r = /#x/; const t = `#${a}`; /* #y */\n";
        assertEquals(code, PrivateNames.rewrite(code));
    }

    @Test
    void usesAndDeclarationsBecomeHiddenKeysOnTheSameLines() throws Exception {
        String code = "class A {\n  #x = 1;\n  get #y() { return 2; }\n  m(o) {\n    return this.#x + o?.#y;\n  }\n}\n";
        String out = PrivateNames.rewrite(code);
        assertEquals(code.split("\n", -1).length, out.split("\n", -1).length, out);
        assertFalse(out.matches("(?s).*#[xy]\\b(?![\"']).*"), out);
        assertTrue(out.contains("[$jscomp.lpDefiner(\""), out);   // a field is defined through the definer
        assertTrue(out.contains("get [$jscomp.lpKey(\""), out);    // an accessor sits on the key itself
        assertTrue(out.contains("this[$jscomp.lpKey(\"") && out.contains("o?.[$jscomp.lpKey(\""), out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "return #x in o && y;             | return $jscomp.lpIn(ID, o) && y;",
        "return (#x in o);                | return ($jscomp.lpIn(ID, o));",
        "return #x in o ? 1 : 2;          | return $jscomp.lpIn(ID, o) ? 1 : 2;",
        "return #x in a.b[c](d) === true; | return $jscomp.lpIn(ID, a.b[c](d)) === true;",
        "return [#x in o, 2];             | return [$jscomp.lpIn(ID, o), 2];",
    })
    void theOperandOfInEndsWhereARelationalOperandEnds(String body, String expected) throws Exception {
        String out = PrivateNames.rewrite("class A { #x; m(o) { " + body + " } }");
        String inner = out.substring(out.indexOf("m(o) { ") + 7, out.lastIndexOf(" } }"));
        assertEquals(expected, inner.replaceAll("\\$jscomp\\.lpIn\\(\"[^\"]*\",", "\\$jscomp.lpIn(ID,"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "class A { m() { return this.#nope; } }          | Private field '#nope' must be declared in an enclosing class | 1",
        "class A { #a; }\\nclass B { m() { return this.#a; } } | Private field '#a' must be declared in an enclosing class | 2",
        "class A { #a = 1; #a = 2; }                      | Identifier '#a' has already been declared | 1",
        "class A { get #a() {} get #a() {} }              | Identifier '#a' has already been declared | 1",
        "class A { #constructor() {} }                    | Classes may not have a private field named '#constructor' | 1",
        "class A { #x; m() { delete this.#x; } }          | Private fields can not be deleted | 1",
        "class A { #x; m() {\\n delete ((g().#x)); } }    | Private fields can not be deleted | 2",
        "class A { #x; m() { delete this?.#x; } }         | Private fields can not be deleted | 1",
        "class A extends B { #x() {} m() { super.#x(); } } | Unexpected private field | 1",
    })
    void misusesAreV8sEarlySyntaxErrors(String code, String message, int line) {
        JsSyntaxError e = assertThrows(JsSyntaxError.class, () -> Lowering.transform("t.js", code.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line);
    }

    @Test
    void escapesInANameSpellTheSameName() {
        // (test262 spells private names with escapes: a braced code point escape for the o, and ZWNJ / ZWJ make two names)
        String code = "class A { #\\u{6F} = 'o'; #ZW_\\u200C_NJ = 1; #ZW_\\u200D_J = 2;\n"
                + "  m() { return [this.#o, this.#ZW_\\u200C_NJ, this.#ZW_\\u200D_J]; } }\n"
                + "console.log(new A().m());";
        Runs.Result r = Runs.eval(code, false);
        assertEquals("[ 'o', 1, 2 ]\n", r.stdout(), r.stderr());
    }

    @Test
    void writingAMethodOrAGetterAloneAndReadingASetterAloneAreV8sTypeErrors() {
        Runs.Result r = Runs.eval("class A {\n  #m() {}\n  get #g() { return 1; }\n  static set #s(v) {}\n"
                + "  static get #t() { return 2; }\n  static set #t(v) {}\n"
                + "  tries() {\n    const out = [];\n"
                + "    for (const f of [() => { this.#m = 1; }, () => { this.#g = 2; }, () => A.#s, () => { A.#t = A.#t; }]) {\n"
                + "      try { f(); out.push('ok'); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }\n"
                + "    }\n    return out;\n  }\n}\nconsole.log(new A().tries());", false);
        assertEquals("[\n  \"TypeError: Private method '#m' is not writable\",\n"
                + "  \"TypeError: '#g' was defined without a setter\",\n"
                + "  \"TypeError: '#s' was defined without a getter\",\n  'ok'\n]\n", r.stdout(), r.stderr());
    }

    @Test
    void deletingWhatAPrivateMemberHoldsIsAllowed() {
        Runs.Result r = Runs.eval("class A { #o = {y: 1, z: 2}; m() { delete this.#o.y; delete (this.#o)['z']; return this.#o; } }\n"
                + "console.log(new A().m());", false);
        assertEquals("{}\n", r.stdout(), r.stderr());
    }

    @Test
    void aGetterAndASetterMayShareAName() throws Exception {
        String code = "class A { #v = 0; get #a() { return this.#v; } set #a(x) { this.#v = x; } m() { this.#a = 5; return this.#a; } }\n"
                + "console.log(new A().m());";
        Runs.Result r = Runs.eval(code, false);
        assertEquals("5\n", r.stdout(), r.stderr());
    }

    @Test
    void privateMembersStayOutOfEveryListingAndTheirErrorsPointAtTheUsersLine() {
        Runs.Result r = Runs.eval("class P {\n  #secret = 42;\n  static peek(o) {\n    return o.#secret;\n  }\n}\n"
                + "const p = new P();\n"
                + "console.log(P.peek(p), p, Object.getOwnPropertySymbols(p), Reflect.ownKeys(p), Object.assign({}, p));\n"
                + "P.peek({});\n", false);
        assertEquals("42 P {} [] [] {}\n", r.stdout(), r.stderr());
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("TypeError: Cannot read private member #secret from an object whose class did not declare it"),
                r.stderr());
        assertTrue(r.stderr().contains("[eval]:4"), r.stderr());
        assertFalse(r.stderr().contains("$jscomp") || r.stderr().contains("lpKey"), r.stderr());
    }
}
