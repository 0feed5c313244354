package looplab.engine.js.esm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleScanTest {

    private static String imports(ModuleScan.Shape s) {
        return String.join(" ", s.imports().stream()
                .map(e -> e.local() + "=" + e.specifier() + "#" + e.imported() + "@" + e.line() + ":" + e.column())
                .toList());
    }

    private static String exports(ModuleScan.Shape s) {
        return String.join(" ", s.exports().stream()
                .map(e -> e.exported() + (e.specifier() == null ? "<" + e.local() : "<" + e.specifier() + "#" + e.imported()))
                .toList());
    }

    @Test
    void importDeclarationsBecomeBlankAndKeepTheirLines() {
        ModuleScan.Result r = ModuleScan.scan("import fs, { readFile as rf } from 'fs'\n"
                + "import * as path from \"node:path\";\nimport {\n  a,\n  b\n} from './lib.mjs'\nimport './side.mjs';\nrf()");
        assertEquals(";\n;\n;\n\n\n\n;\nrf()", r.body());
        assertEquals("fs=fs#default@1:7 rf=fs#readFile@1:25 path=node:path#*@2:12 a=./lib.mjs#a@4:2 "
                + "b=./lib.mjs#b@5:2 null=./side.mjs#null@7:0", imports(r.shape()));
        assertEquals(List.of("fs", "node:path", "./lib.mjs", "./side.mjs"), r.shape().requests());
    }

    @Test
    void exportKeywordsGoDeclarationsStay() {
        ModuleScan.Result r = ModuleScan.scan("export const a = 1, b = [1, 2], { c, d: [e] } = o;\n"
                + "export function f() {}\nexport async function g() {}\nexport class C {}\nexport let h\n");
        assertEquals(" const a = 1, b = [1, 2], { c, d: [e] } = o;\n function f() {}\n async function g() {}\n"
                + " class C {}\n let h\n", r.body());
        assertEquals("a<a b<b c<c e<e f<f g<g C<C h<h", exports(r.shape()));
    }

    @Test
    void exportDefaultForms() {
        assertEquals(";const $default$ = 40 + 2;", ModuleScan.scan("export default 40 + 2;").body());
        assertEquals("function named() {}", ModuleScan.scan("export default function named() {}").body());
        assertEquals("function $default$() {}", ModuleScan.scan("export default function() {}").body());
        assertEquals("async function* $default$() {}", ModuleScan.scan("export default async function*() {}").body());
        assertEquals("class $default$ {}", ModuleScan.scan("export default class {}").body());
        assertEquals("default<named", exports(ModuleScan.scan("export default class named {}").shape()));
    }

    @Test
    void reExports() {
        ModuleScan.Shape s = ModuleScan.scan("export { a, b as c, d as default } from './x.mjs';\n"
                + "export * from './y.mjs'\nexport * as ns from './z.mjs'\nlet q; export { q as \"quoted name\" };").shape();
        assertEquals("a<./x.mjs#a c<./x.mjs#b default<./x.mjs#d ns<./z.mjs#* quoted name<q", exports(s));
        assertEquals(List.of("./y.mjs"), s.starExports());
        assertEquals(List.of("./x.mjs", "./y.mjs", "./z.mjs"), s.requests());
    }

    @Test
    void importMetaAndDynamicImportAnywhere() {
        ModuleScan.Result r = ModuleScan.scan("const u = import.meta.url;\nfunction f() { return import('./x.mjs'); }\n"
                + "const s = 'import(\"not code\")'; obj.import(1);");
        assertEquals("const u = $meta$.url;\nfunction f() { return $looplab$import('./x.mjs'); }\n"
                + "const s = 'import(\"not code\")'; obj.import(1);", r.body());
        assertTrue(r.shape().usesMeta());
    }

    @Test
    void jsonImportsAreMarked() {
        ModuleScan.Shape s = ModuleScan.scan("import data from './d.json' with { type: 'json' };").shape();
        assertEquals(java.util.Set.of("./d.json"), s.jsonRequests());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "await p",
        "const x = await f()",
        "for (const a of b) { await a }",
        "if (x) { await y }",
        "for await (const x of xs) {}",
        "const f = async () => 1\nawait f()",
    })
    void findsTopLevelAwait(String code) {
        assertTrue(ModuleScan.scan(code).shape().topLevelAwait(), code);
        assertTrue(ModuleScan.hasModuleSyntax(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "async function f() { await g() }",
        "const f = async () => { await g() }",
        "const f = async x => await g(x), h = 1",
        "class A { async m() { await 1 } }",
        "const o = { async m() { await 1 } }",
        "obj.await",
        "'await'",
    })
    void awaitInsideFunctionsIsNotTopLevel(String code) {
        assertFalse(ModuleScan.scan(code).shape().topLevelAwait(), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "import fs from 'fs'",
        "export const a = 1",
        "console.log(import.meta.url)",
        "await null",
        "const require = 1",
    })
    void moduleSyntaxMakesNodeRunAFileAsAModule(String code) {
        assertTrue(ModuleScan.hasModuleSyntax(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "const fs = require('fs'); module.exports = { a: 1 }; exports.b = 2",
        "import('fs').then(m => m)",
        "// import fs from 'fs'\nconsole.log('import x from y')",
        "async function main() { await 1 } main()",
        "var o = { import: 1, export: 2 }; o.import + o.export",
    })
    void commonJsStaysCommonJs(String code) {
        assertFalse(ModuleScan.hasModuleSyntax(code), code);
    }

    @Test
    void dynamicImportsOfCommonJs() {
        assertEquals("$looplab$import('fs').then(f)", ModuleScan.rewriteDynamicImports("import('fs').then(f)"));
        String plain = "console.log('no imports here')";
        assertTrue(plain == ModuleScan.rewriteDynamicImports(plain));
    }

    @Test
    void malformedDeclarationsAreSyntaxErrors() {
        ModuleScan.Malformed m = assertThrows(ModuleScan.Malformed.class, () -> ModuleScan.scan("import { a from 'x'"));
        assertEquals(1, m.line);
        assertThrows(ModuleScan.Malformed.class, () -> ModuleScan.scan("export { a }; export { a };"));
        assertThrows(ModuleScan.Malformed.class, () -> ModuleScan.scan("import a from 'x'; import { a } from 'y';"));
    }

    @Test
    void replImportsBecomeAwaitedImportCalls() {
        assertEquals(";const fs = (await $looplab$import('fs'))['default'];"
                + "const rf = (await $looplab$import('fs'))['readFile'];\nrf",
                ModuleScan.importsAsAwaits("import fs, { readFile as rf } from 'fs';\nrf"));
        assertEquals(";const p = (await $looplab$import('path'));", ModuleScan.importsAsAwaits("import * as p from 'path'"));
        assertEquals(";(await $looplab$import('./x.mjs'));", ModuleScan.importsAsAwaits("import './x.mjs'"));
        assertEquals("1 + 1", ModuleScan.importsAsAwaits("1 + 1"));
    }

    @Test
    void moduleSyntaxInCommonJsGetsV8sMessage() {
        assertEquals("Cannot use import statement outside a module @2:2",
                describe(ModuleScan.commonJsError("console.log(1)\n  import { a } from 'x';")));
        assertEquals("Unexpected token 'export' @1:0", describe(ModuleScan.commonJsError("export const b = 2;")));
        assertEquals("Cannot use 'import.meta' outside a module @1:19",
                describe(ModuleScan.commonJsError("console.log(import.meta.url);")));
        assertEquals("await is only valid in async functions and the top level bodies of modules @2:0",
                describe(ModuleScan.commonJsError("console.log(1)\nawait null;")));
        assertEquals(null, ModuleScan.commonJsError("const x = require('x'); import('y')"));
    }

    private static String describe(ModuleScan.Malformed m) {
        return m.getMessage() + " @" + m.line + ":" + m.column;
    }
}
