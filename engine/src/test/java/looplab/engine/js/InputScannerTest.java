package looplab.engine.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputScannerTest {
    /** A table: input (\n for a line break), and whether the REPL must read on. */
    @ParameterizedTest(name = "[{index}] {0} -> incomplete={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1 + 1                              | false",
        "''                                 | false",
        "function f() {                     | true",
        "function f() {\\n  return 1\\n}      | false",
        "[1, 2,                             | true",
        "foo(                               | true",
        "foo(1)                             | false",
        "{ a: 1                             | true",
        "'a string with ( in it'            | false",
        "'unclosed string                   | false",
        "`template                          | true",
        "`template ${x}`                    | false",
        "`a ${ {b: 1}.b } c`                | false",
        "`a ${ f(                           | true",
        "`a ${ `inner` }                    | true",
        "/* comment                         | true",
        "/* comment */ 1                    | false",
        "// comment (                       | false",
        "x = /[(]/.test(s)                  | false",
        "a / b / c                          | false",
        "1 +                                | true",
        "x =                                | true",
        "a &&                               | true",
        "a.                                 | true",
        "a ?                                | true",
        "x => x                             | false",
        "x =>                               | true",
        "i++                                | false",
        "i--                                | false",
        "if (x) {} else {                   | true",
        "[1,2].map(x => {                   | true",
        "'it\\'s' + (                       | true",
        "''                                 | false",
        ")                                  | false",
        "a.b.c;                             | false",
    })
    void readsOnWhileInputIsIncomplete(String input, boolean incomplete) {
        String code = input.replace("\\n", "\n").strip();
        assertEquals(incomplete, InputScanner.isIncomplete(code), code);
    }
}
