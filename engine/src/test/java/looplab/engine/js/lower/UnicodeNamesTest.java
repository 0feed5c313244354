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

class UnicodeNamesTest {

    @Test
    void asciiCodeAndNamesJavaReadsAreLeftAlone() throws Exception {
        String code = "var café = 1; const s = '℘ \\u2118'; // ℘\nvar a\\u0062c = 2; o.x = `℘${y}`;\n";
        assertEquals(code, UnicodeNames.rewrite(code));
    }

    @Test
    void eachPositionGetsItsOwnSpellingOnTheSameLines() throws Exception {
        String code = "var ℘ = 1, o = {℘, b: ℘};\no.\\u2118 + o?.℘;\nclass K {\n  ℘ = 3;\n  static \\u2118() {}\n"
                + "  x = 1\n  ℘() {}\n}\n";
        String out = UnicodeNames.rewrite(code);
        assertEquals("var $u2118$ = 1, o = {\"\\u2118\": $u2118$, b: $u2118$};\no[\"\\u2118\"] + o?.[\"\\u2118\"];\n"
                + "class K {\n  \"\\u2118\" = 3;\n  static \"\\u2118\"() {}\n  x = 1\n  \"\\u2118\"() {}\n}\n", out);
    }

    @Test
    void joinersAndEscapesSpellOneNameWhereverTheyAreUsed() {
        String code = "var ZW_\u200C_NJ = 1, ℘ = 2;\nvar o = { ZW_\\u200C_NJ: 3, \\u{2118}() { return ZW_\\u200C_NJ + \\u2118; } };\n"
                + "class K { ℘ = 4; static \\u2118() { return 5; } }\n"
                + "console.log(ZW_\u200C_NJ, o['ZW_\\u200c_NJ'], o.℘(), new K()['\\u2118'], K.℘());";
        Runs.Result r = Runs.eval(code, false);
        assertEquals("1 3 3 4 5\n", r.stdout(), r.stderr());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "var \\u0069f = 1;                        | Keyword must not contain escaped characters",
        "var x = n\\u0065w Object();              | Keyword must not contain escaped characters",
        "class C { \\u0061sync m() {} }           | Keyword must not contain escaped characters",
        "class C { g\\u0065t m() {} }             | Keyword must not contain escaped characters",
        "class C { st\\u0061tic m() {} }          | Unexpected identifier 'm'",
        "({ \\u0061sync m() {} });                | Keyword must not contain escaped characters",
        "\\u0061sync function f() {}              | Keyword must not contain escaped characters",
        "var C = class { \\u200C_ZWNJ; };         | Invalid or unexpected token",
        "class C { async \\u0023m() {} }          | Invalid or unexpected token",
        "var \\u2E2F = 1;                         | Invalid or unexpected token",
    })
    void misspelledNamesAreV8sEarlySyntaxErrors(String code, String message) {
        JsSyntaxError e = assertThrows(JsSyntaxError.class, () -> Lowering.transform("t.js", code));
        assertEquals(message, e.getMessage());
    }

    @Test
    void codeNashornRunsAsItIsGetsTheSameEarlyErrors() {
        Runs.Result r = Runs.eval("console.log(1);\nvar \\u0069f = 1;\n", false);
        assertEquals("", r.stdout());
        assertTrue(r.stderr().contains("SyntaxError: Keyword must not contain escaped characters"), r.stderr());
        assertTrue(r.stderr().contains("[eval]:2"), r.stderr());
    }

    @Test
    void escapedWordsStayLegalAsPropertyNamesAndPlainIdentifiers() {
        Runs.Result r = Runs.eval("var o = {}; o.\\u0069f = 1; var p = {\\u0069f: 2};\n"
                + "class A { \\u0069f() { return 3; } st\\u0061tic() { return 4; } }\n"
                + "var \\u0061sync = 5;\nconsole.log(o.if, p.if, new A().if(), new A().static(), async);", false);
        assertEquals("1 2 3 4 5\n", r.stdout(), r.stderr());
        assertFalse(r.stderr().contains("SyntaxError"), r.stderr());
        assertTrue(r.exitCode() == 0, r.stderr());
    }
}
