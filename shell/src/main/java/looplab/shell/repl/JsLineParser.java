package looplab.shell.repl;

import java.util.List;
import looplab.engine.js.InputScanner;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of JavaScript input: on Enter, an incomplete input (an open bracket, template
 * literal or comment, a trailing operator) continues on a {@code ... } line, as in Node's REPL;
 * for completion, the word under the cursor is the identifier chain ({@code a.b.c}) or the
 * module name inside {@code require('…')}.
 */
final class JsLineParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !DotCommands.isCommandLine(line) && InputScanner.isIncomplete(line)) {
            throw new EOFError(-1, -1, "incomplete input", "...");
        }
        int start = wordStart(line, cursor);
        return new Word(line, cursor, start);
    }

    /** Where the word that ends at {@code cursor} starts. */
    static int wordStart(String line, int cursor) {
        int i = cursor;
        while (i > 0) {
            char c = line.charAt(i - 1);
            if (Character.isJavaIdentifierPart(c) || c == '.' || c == '/' || c == '@' || c == '-') {
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** The line with one word, the one being completed. */
    private record Word(String line, int cursor, int start) implements CompletingParsedLine {
        @Override
        public String word() {
            return line.substring(start, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
