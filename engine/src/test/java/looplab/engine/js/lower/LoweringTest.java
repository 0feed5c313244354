package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import looplab.engine.js.JsSyntaxError;
import looplab.engine.testing.Runs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Lowered programs print what Node 20 printed for them ({@code lower/NAME.expected.txt} was
 * recorded with {@code node NAME.js}): the order of every await, async generator step and
 * for-await iteration, lowered syntax and the library polyfills. Then the errors.
 */
class LoweringTest {

    @TestFactory
    Stream<DynamicTest> loweredProgramsPrintWhatNodePrinted() throws IOException, URISyntaxException {
        Path dir = Path.of(LoweringTest.class.getResource("/lower").toURI());
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String expected = Files.readString(Path.of(p.toString().replace(".js", ".expected.txt")));
            Runs.Result r = Runs.file(p, false);
            assertEquals(expected, r.stdout(), r.stderr());
            assertEquals(0, r.exitCode(), r.stderr());
        }));
    }

    @Test
    void es5SourceIsNotLowered() {
        assertFalse(Lowering.isNeeded("a.js", "var x = [1, 2].map(function (n) { return n * 2; });\nconsole.log(x);"));
        assertTrue(Lowering.isNeeded("a.js", "async function f() { await 1; }"));
    }

    @Test
    void aRuntimeErrorNamesTheOriginalLine() {
        Runs.Result r = Runs.eval("class A {\n  constructor() {\n    this.x = 1;\n  }\n"
                + "  boom() {\n    throw new Error('boom');\n  }\n}\nconst { x } = new A();\nnew A().boom();\n", false);
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("[eval]:6\n    throw new Error('boom');\n"), r.stderr());
        assertFalse(r.stderr().contains("$jscomp"), r.stderr());
    }

    @Test
    void anErrorAfterAnAwaitNamesTheOriginalLine() {
        Runs.Result r = Runs.eval("async function f() {\n  await null;\n\n  null.x;\n}\nf();\n", false);
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("[eval]:4"), r.stderr());
        assertFalse(r.stderr().contains("$jscomp"), r.stderr());
    }

    @Test
    void unsupportedFeaturesAreNamed() {
        assertEquals("looplab does not support BigInt yet", error("const n = 10n;").getMessage());
        assertEquals("looplab does not support regular expression named groups yet",
                error("const r = /(?<year>\\d{4})/;").getMessage());
        assertEquals("looplab does not support regular expression lookbehind yet",
                error("const r = /(?<=a)b/;").getMessage());
        assertEquals("looplab does not support 'super' in object literal methods yet",
                error("const o = {\n  m() { return super.toString(); }\n};").getMessage());
    }

    @Test
    void syntaxErrorsAreLocatedInTheOriginalSource() {
        JsSyntaxError e = error("const f = async () => {\n  await 1;\n  return 2 +;\n};");
        assertEquals(3, e.line);
        assertEquals("Unexpected token ';'", e.getMessage());
        assertEquals("  return 2 +;", e.sourceLine);
    }

    @Test
    void unsupportedGlobalsSaySo() {
        Runs.Result r = Runs.eval("try { new Proxy({}, {}); } catch (e) { console.log(e.message); }", false);
        assertEquals("looplab does not support Proxy (Nashorn has no way to provide it)\n", r.stdout());
    }

    @Test
    void aMainScriptLoweredAheadRunsAsLoweredInTurn() {
        String code = "class A {\n  async m() {\n    await null;\n    return [...'ab'];\n  }\n}\n"
                + "new A().m().then((v) => console.log(v, new Error('x').stack.split('\\n')[1]));\n";
        Runs.Result ahead = runAhead(source("ahead.js", code + "// ahead\n"));
        Runs.Result inTurn = run(source("ahead.js", code + "// in turn\n"));
        assertEquals(inTurn, ahead);
        assertTrue(ahead.stdout().startsWith("[ 'a', 'b' ]") && ahead.stdout().contains("ahead.js:7"), ahead.stdout());
    }

    @Test
    void aLoweringAheadIsOnlyTakenForTheTextItLowered() {
        looplab.engine.js.JsRuntime.lowerAhead(source("same.js", "const [a] = ['ahead'];\nconsole.log(a);\n"));
        Runs.Result r = run(source("same.js", "const [a] = ['in turn'];\nconsole.log(a);\n"));
        assertEquals("in turn\n", r.stdout(), r.stderr());
    }

    @Test
    void aSyntaxErrorFoundAheadIsReportedAsInTurn() {
        String code = "const f = async () => {\n  await 1;\n  return 2 +;\n};\n";
        Runs.Result ahead = runAhead(source("bad.js", code + "// ahead\n"));
        Runs.Result inTurn = run(source("bad.js", code + "// in turn\n"));
        assertEquals(1, ahead.exitCode());
        assertEquals(inTurn, ahead);
        assertTrue(ahead.stderr().startsWith("bad.js:3\n  return 2 +;\n"), ahead.stderr());
    }

    private static looplab.engine.js.ScriptSource source(String name, String code) {
        return new looplab.engine.js.ScriptSource(name, code, Path.of(name).toAbsolutePath().toString());
    }

    private static Runs.Result run(looplab.engine.js.ScriptSource source) {
        return Runs.run(source, Path.of("").toAbsolutePath(), false, options -> options);
    }

    private static Runs.Result runAhead(looplab.engine.js.ScriptSource source) {
        looplab.engine.js.JsRuntime.lowerAhead(source);
        return run(source);
    }

    private static JsSyntaxError error(String code) {
        return assertThrows(JsSyntaxError.class, () -> Lowering.transform("t.js", code));
    }
}
