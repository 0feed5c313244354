package looplab.shell.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Lessons on a JLine terminal: line editing, no history file, Ctrl-C or Ctrl-D to leave. */
public final class TerminalLearnConsole implements LearnConsole {
    private final Terminal terminal;
    private final LineReader reader;
    private final PrintWriter writer;
    private final boolean colors;

    private TerminalLearnConsole(Terminal terminal, boolean colors) {
        this.terminal = terminal;
        this.colors = colors;
        // Answers are plain text: no quote or escape handling, no history expansion.
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("looplab")
                .parser(new DefaultParser().escapeChars(new char[0]).quoteChars(new char[0]))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        this.writer = terminal.writer();
    }

    /** The user's terminal; colours unless {@code NO_COLOR} is set. */
    public static TerminalLearnConsole system() throws IOException {
        Terminal t = TerminalBuilder.builder().system(true).build();
        String noColor = System.getenv("NO_COLOR");
        return new TerminalLearnConsole(t, noColor == null || noColor.isEmpty());
    }

    /** A terminal over streams (tests), without colours. */
    public static TerminalLearnConsole overStreams(InputStream in, OutputStream out) throws IOException {
        Terminal t = TerminalBuilder.builder().system(false).streams(in, out).type("xterm")
                .size(new org.jline.terminal.Size(120, 40)).build();
        return new TerminalLearnConsole(t, false);
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void println(String line) {
        writer.println(line);
        writer.flush();
    }

    @Override
    public boolean colors() {
        return colors;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void close() {
        try {
            writer.flush();
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
