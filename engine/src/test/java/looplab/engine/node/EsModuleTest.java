package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import looplab.engine.js.ScriptSource;
import looplab.engine.testing.Runs;
import looplab.engine.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ES modules beyond the recorded puzzles: where errors and the trace point, -e code, module
 * syntax in CommonJS, package.json "type". Expected outputs checked against Node 20.20.
 */
class EsModuleTest {
    @TempDir
    Path dir;

    private Runs.Result run(String file, boolean traced) throws IOException {
        return Runs.file(dir.resolve(file), traced);
    }

    private void write(String file, String code) throws IOException {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), code);
    }

    @Test
    void errorsAfterTopLevelAwaitNameTheUsersLine() throws IOException {
        write("tla.mjs", "const a = 1;\nawait null;\nconsole.log('after');\nexport const b = 2;\nnull.x;\n");
        Runs.Result r = run("tla.mjs", false);
        assertEquals("after\n", r.stdout());
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("tla.mjs:5\nnull.x;\n"), r.stderr());
        assertTrue(r.stderr().contains("TypeError: Cannot read properties of null (reading 'x')"), r.stderr());
    }

    @Test
    void theTraceNamesTheLinesOfAnAwaitingModule() throws IOException {
        write("lines.mjs", "console.log('one');\nawait null;\nsetTimeout(() => {\n  console.log('two');\n}, 0);\n");
        Runs.Result r = run("lines.mjs", true);
        String timer = r.events().stream()
                .filter(e -> e instanceof TraceEvent.CallbackStarted cb && cb.api().equals("setTimeout"))
                .map(e -> ((TraceEvent.CallbackStarted) e).at()).findFirst().orElse("none");
        assertEquals("lines.mjs:3", timer);
    }

    @Test
    void evalCodeWithImportsIsAModule() {
        Runs.Result r = Runs.eval("import { basename } from 'path';\nPromise.resolve().then(() => console.log('job'));\n"
                + "process.nextTick(() => console.log('tick'));\nconsole.log(basename('/a/b.c'), import.meta.url.endsWith('/[eval1]'));",
                false);
        assertEquals("b.c true\njob\ntick\n", r.stdout());
    }

    @Test
    void moduleSyntaxInCommonJsIsV8sSyntaxError() throws IOException {
        write("old.cjs", "console.log(1);\nexport const b = 2;\n");
        Runs.Result r = run("old.cjs", false);
        assertEquals("", r.stdout());
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("Warning: To load an ES module, set \"type\": \"module\" in the package.json"
                + " or use the .mjs extension.\n"), r.stderr());
        assertTrue(r.stderr().contains("old.cjs:2\nexport const b = 2;\n^\n\nSyntaxError: Unexpected token 'export'\n"),
                r.stderr());
    }

    @Test
    void packageTypeDecidesForJsFiles() throws IOException {
        write("app/package.json", "{ \"name\": \"app\", \"type\": \"module\" }");
        write("app/main.js", "import { x } from './lib.js';\nconsole.log(x, typeof require);\n");
        write("app/lib.js", "export const x = 'esm .js';\n");
        assertEquals("esm .js undefined\n", Runs.file(dir.resolve("app/main.js"), false).stdout());
        write("cjs/package.json", "{ \"type\": \"commonjs\" }");
        write("cjs/main.js", "import { x } from './lib.js';\n");
        Runs.Result r = Runs.file(dir.resolve("cjs/main.js"), false);
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("SyntaxError: Cannot use import statement outside a module"), r.stderr());
    }

    @Test
    void importOfAMissingFileRejectsTheImportPromise() throws IOException {
        write("main.js", "import('./nope.mjs').catch((e) => console.log(e.code, e.message.includes('nope.mjs')));\n");
        assertEquals("ERR_MODULE_NOT_FOUND true\n", run("main.js", false).stdout());
    }

    @Test
    void createRequireSharesTheCommonJsCache() throws IOException {
        write("counter.cjs", "let n = 0;\nexports.next = () => ++n;\n");
        write("main.mjs", "import { createRequire, builtinModules, isBuiltin } from 'module';\n"
                + "import { next } from './counter.cjs';\nconst require = createRequire(import.meta.url);\nnext();\n"
                + "console.log(require('./counter.cjs').next(), typeof require.resolve, builtinModules.includes('fs'),"
                + " isBuiltin('node:path'), isBuiltin('nope'));\n");
        assertEquals("2 function true true false\n", run("main.mjs", false).stdout());
    }

    @Test
    void jsonNeedsItsAttributeAndOtherExtensionsAreRefused() throws IOException {
        write("x.json", "{\"a\": 1}");
        write("x.txt", "hi");
        write("json.mjs", "import d from './x.json';\n");
        write("txt.mjs", "import './x.txt';\n");
        assertTrue(run("json.mjs", false).stderr().contains("TypeError [ERR_IMPORT_ASSERTION_TYPE_MISSING]: Module \"file://"
                + dir.toAbsolutePath() + "/x.json\" needs an import attribute of type \"json\""), run("json.mjs", false).stderr());
        assertTrue(run("txt.mjs", false).stderr().contains("TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension "
                + "\".txt\" for " + dir.toAbsolutePath() + "/x.txt"), run("txt.mjs", false).stderr());
    }

    @Test
    void sourceNamesInRuns() {
        Runs.Result r = Runs.run(new ScriptSource("[eval]", "export {};\nconsole.log(typeof module);", "/tmp/[eval]"),
                Path.of("/tmp"), false, o -> o);
        assertEquals("undefined\n", r.stdout());
    }
}
