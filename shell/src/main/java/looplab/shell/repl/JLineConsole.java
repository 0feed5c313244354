package looplab.shell.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The REPL's console on a JLine terminal: the user's own, or one over streams in tests. */
public final class JLineConsole implements ReplConsole {
    private final Terminal terminal;
    private final LineReader reader;
    private final Path history;
    private final boolean colors;
    private volatile Runnable onInterrupt = () -> { };

    private JLineConsole(Terminal terminal, Path history, boolean colors) {
        this.terminal = terminal;
        this.history = history;
        this.colors = colors;
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("looplab")
                .parser(new JsLineParser())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                .variable(LineReader.INDENTATION, 2)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (history != null) {
            b.variable(LineReader.HISTORY_FILE, history);
        }
        if (colors) {
            b.highlighter(new JsHighlighter());
        }
        this.reader = b.build();
        if (colors) {
            // Fish-style suggestions from history, in grey after the cursor; → accepts one.
            new org.jline.widget.AutosuggestionWidgets(reader).enable();
        }
        terminal.handle(Terminal.Signal.INT, signal -> onInterrupt.run());
    }

    /** The user's terminal. */
    public static JLineConsole system(Path history) throws IOException {
        Terminal t = TerminalBuilder.builder().system(true).nativeSignals(true).build();
        String noColor = System.getenv("NO_COLOR");
        return new JLineConsole(t, history, noColor == null || noColor.isEmpty());
    }

    /** A terminal over streams (tests): Ctrl-C is the byte 3 on {@code in}. */
    public static JLineConsole overStreams(InputStream in, OutputStream out, Path history) throws IOException {
        return overStreams(in, out, history, false);
    }

    /** The same, with the colour terminal's highlighter and suggestions when {@code colors}. */
    public static JLineConsole overStreams(InputStream in, OutputStream out, Path history, boolean colors)
            throws IOException {
        Terminal t = TerminalBuilder.builder().system(false).streams(in, out).type("xterm")
                .size(new org.jline.terminal.Size(120, 40)).build();
        // What a tty does for a real terminal: the Ctrl-C byte raises SIGINT, even while no line is read.
        org.jline.terminal.Attributes a = t.getAttributes();
        a.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, true);
        a.setControlChar(org.jline.terminal.Attributes.ControlChar.VINTR, 3);
        t.setAttributes(a);
        return new JLineConsole(t, history, colors);
    }

    /** What a tty does on Ctrl-C (tests: a terminal over streams has no tty to do it). */
    void raiseInterrupt() {
        terminal.raise(Terminal.Signal.INT);
    }

    void setCompleter(Completer completer) {
        ((LineReaderImpl) reader).setCompleter(completer);
    }

    @Override
    public String readInput(String prompt) throws Cancelled {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Cancelled(e.getPartialLine() == null || e.getPartialLine().isEmpty());
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public String readAnswer(String prompt) throws Cancelled {
        return readPlain(prompt, true);
    }

    @Override
    public String readRawLine() throws Cancelled {
        return readPlain("", false);
    }

    /** A line with JLine's plain parser: no continuation, whatever brackets it leaves open. */
    private String readPlain(String prompt, boolean remembered) throws Cancelled {
        LineReaderImpl impl = (LineReaderImpl) reader;
        org.jline.reader.Parser saved = impl.getParser();
        impl.setParser(new org.jline.reader.impl.DefaultParser().eofOnUnclosedQuote(false));
        impl.setVariable(LineReader.DISABLE_HISTORY, !remembered);
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Cancelled(e.getPartialLine() == null || e.getPartialLine().isEmpty() || !remembered);
        } catch (EndOfFileException e) {
            return null;
        } finally {
            impl.setParser(saved);
            impl.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    @Override
    public void printAbove(String line) {
        reader.printAbove(line);
    }

    @Override
    public void onInterrupt(Runnable action) {
        onInterrupt = action;
    }

    @Override
    public boolean colors() {
        return colors;
    }

    @Override
    public Path historyFile() {
        return history;
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
