package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineLayoutTest {

    @Test
    void mappedPositionsMoveDownToTheirOriginalLines() {
        String code = "var a=1;var b=2;var c=3;";
        String out = LineLayout.layout(code, List.of(
                new Transpiler.Mapping(0, 1), new Transpiler.Mapping(8, 3), new Transpiler.Mapping(16, 4)));
        assertEquals("var a=1;\n\nvar b=2;\nvar c=3;", out);
    }

    @Test
    void codeThatMovedUpStaysOnTheCurrentLine() {
        String out = LineLayout.layout("a=1;b=2;", List.of(new Transpiler.Mapping(0, 3), new Transpiler.Mapping(4, 1)));
        assertEquals("\n\na=1;b=2;", out);
    }

    @Test
    void aBareHoistedDeclarationDoesNotDragTheBodyDown() {
        // A generator's `var ready,n;` (declared on line 3) comes first; the statements keep their lines.
        String out = LineLayout.layout("var ready,n;a();b();ready=1;", List.of(new Transpiler.Mapping(0, 3),
                new Transpiler.Mapping(4, 3), new Transpiler.Mapping(12, 1), new Transpiler.Mapping(16, 2),
                new Transpiler.Mapping(20, 3)));
        assertEquals("var ready,n;a();\nb();\nready=1;", out);
    }

    @Test
    void noLineBreakAfterReturnOrThrow() {
        String code = "function f(){return g(1)}";
        String out = LineLayout.layout(code, List.of(
                new Transpiler.Mapping(0, 1), new Transpiler.Mapping(20, 2), new Transpiler.Mapping(22, 3)));
        assertEquals("function f(){return g(\n\n1)}", out);
    }

    @Test
    void aPropertyNamedReturnIsNotTheKeyword() {
        String out = LineLayout.layout("it.return(x)", List.of(new Transpiler.Mapping(10, 2)));
        assertEquals("it.return(\nx)", out);
    }

    @Test
    void noLineBreakBeforeAPostfixUpdate() {
        // `count\n++` would read as `count; ++...` (the postfix operator's restricted production)
        String out = LineLayout.layout("count++;i--;", List.of(new Transpiler.Mapping(5, 2), new Transpiler.Mapping(9, 3)));
        assertEquals("count++;i--;", out);
    }

    @Test
    void aPrefixUpdateMayStartALine() {
        String out = LineLayout.layout("a();++i;", List.of(new Transpiler.Mapping(4, 2)));
        assertEquals("a();\n++i;", out);
    }
}
