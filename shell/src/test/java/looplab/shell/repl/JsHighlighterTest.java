package looplab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class JsHighlighterTest {

    /** The style of the character at {@code text}'s first occurrence in {@code line}. */
    private static AttributedStyle styleOf(String line, String text) {
        AttributedString a = JsHighlighter.highlight(line);
        assertEquals(line, a.toString(), "highlighting never changes the text");
        return a.styleAt(line.indexOf(text));
    }

    @Test
    void coloursWhatItCanRead() {
        String line = "const s = 'a // b'; /* c */ let n = 1.5e3 + obj.new; // tail";
        assertEquals(JsHighlighter.KEYWORD, styleOf(line, "const"));
        assertEquals(JsHighlighter.STRING, styleOf(line, "// b"));
        assertEquals(JsHighlighter.COMMENT, styleOf(line, "c */"));
        assertEquals(JsHighlighter.NUMBER, styleOf(line, "e3"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(line, "new;"), "a property named like a keyword is a property");
        assertEquals(JsHighlighter.COMMENT, styleOf(line, "tail"));
    }

    @Test
    void halfTypedInputIsStillColoured() {
        assertEquals(JsHighlighter.STRING, styleOf("console.log(`open ${x", "open"));
        assertEquals(JsHighlighter.COMMENT, styleOf("/* never closed", "closed"));
        assertEquals(JsHighlighter.STRING, styleOf("'it\\'s' + 2", "s'"));
        assertEquals(JsHighlighter.NUMBER, styleOf("'it\\'s' + 2", "2"));
    }

    @Test
    void dotCommandsAndLiterals() {
        assertEquals(JsHighlighter.COMMAND, styleOf(".load file.js", "load"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(".load file.js", "file"));
        assertEquals(JsHighlighter.LITERAL, styleOf("x === undefined", "undefined"));
        assertEquals(AttributedStyle.DEFAULT, styleOf("x2 = y", "2"), "digits inside a name are the name");
    }
}
