package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TranspilerTest {

    @Test
    void outputIsEs5WithoutInjectedLibrary() throws Transpiler.Failure {
        Transpiler.Output out = Transpiler.transpile("a.js", "const f = async (x) => await x;\nclass A {}");
        assertFalse(out.code().contains("=>"), out.code());
        assertFalse(out.code().contains("class "), out.code());
        assertFalse(out.code().contains("$jscomp.polyfill"), out.code());
        assertTrue(out.code().contains("$jscomp.asyncExecutePromiseGeneratorProgram"), out.code());
    }

    @Test
    void mappingsNameOriginalLines() throws Transpiler.Failure {
        Transpiler.Output out = Transpiler.transpile("a.js", "let a = 1;\n\nclass B {}\n");
        int classAt = out.code().indexOf("var B");
        // (a statement's mapping may start at the ';' before it: LineLayout skips that)
        assertTrue(out.mappings().stream().anyMatch(m -> m.offset() >= classAt - 1 && m.offset() <= classAt
                && m.originalLine() == 3),
                out.mappings().toString());
    }

    @Test
    void parseErrorsCarryTheOriginalPosition() {
        Transpiler.Failure f = assertThrows(Transpiler.Failure.class,
                () -> Transpiler.transpile("a.js", "let a = 1;\nlet b = (;\n"));
        assertEquals(2, f.line);
        assertEquals(9, f.column);
    }
}
