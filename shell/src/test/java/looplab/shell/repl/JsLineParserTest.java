package looplab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

class JsLineParserTest {
    private final JsLineParser parser = new JsLineParser();

    @Test
    void incompleteInputAsksForAContinuationLine() {
        assertThrows(EOFError.class, () -> parser.parse("function f() {", 14, Parser.ParseContext.ACCEPT_LINE));
        assertThrows(EOFError.class, () -> parser.parse("`a\nb", 4, Parser.ParseContext.ACCEPT_LINE));
    }

    @Test
    void completeInputAndCommandsAreAccepted() {
        parser.parse("f()", 3, Parser.ParseContext.ACCEPT_LINE);
        parser.parse(".load x.js", 10, Parser.ParseContext.ACCEPT_LINE);
        parser.parse("function f() {\n.break", 21, Parser.ParseContext.ACCEPT_LINE);
    }

    @Test
    void theWordIsTheIdentifierChainBeforeTheCursor() {
        assertEquals("process.env.HO", parser.parse("x = process.env.HO", 18, Parser.ParseContext.COMPLETE).word());
        assertEquals("fs/pro", parser.parse("require('fs/pro", 15, Parser.ParseContext.COMPLETE).word());
    }
}
