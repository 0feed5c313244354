package looplab.shell.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;

/**
 * The REPL's console on a JLine terminal: the user's own, or one over streams in tests. After an
 * {@link EarlyPrompt} the terminal and its line reader are built on a thread of their own while
 * the REPL starts its engine; the first call that needs them waits for them.
 */
public final class JLineConsole implements ReplConsole {
    private final CompletableFuture<Parts> parts;
    private final Path history;
    private final boolean colors;
    private volatile Runnable onInterrupt = () -> { };
    private volatile Completer completer;
    /** The prompt already on the screen, until the first {@code readLine} draws its own. */
    private EarlyPrompt early;

    /** The terminal and its line reader. */
    private record Parts(Terminal terminal, LineReaderImpl reader) {}

    /** Makes the user's terminal, or fails with an {@link IOException}. */
    private interface TerminalMaker {
        Terminal make() throws IOException;
    }

    /** A console on {@code terminal}, made now. */
    private JLineConsole(Path history, boolean colors, Terminal terminal) {
        this.history = history;
        this.colors = colors;
        this.parts = CompletableFuture.completedFuture(build(terminal));
    }

    /** A console whose terminal {@code maker} makes on a thread of its own, after {@code early}. */
    private JLineConsole(Path history, boolean colors, EarlyPrompt early, TerminalMaker maker) {
        this.history = history;
        this.colors = colors;
        this.early = early;
        this.parts = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                parts.complete(build(maker.make()));
            } catch (Throwable e) {
                parts.completeExceptionally(e);
            }
        }, "looplab-console");
        builder.setDaemon(true);
        builder.start();
    }

    private Parts build(Terminal terminal) {
        StartupLog.mark("terminal built");
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
        LineReaderImpl reader = (LineReaderImpl) b.build();
        StartupLog.mark("line reader built");
        if (colors) {
            // Fish-style suggestions from history, in grey after the cursor; → accepts one.
            new org.jline.widget.AutosuggestionWidgets(reader).enable();
        }
        terminal.handle(Terminal.Signal.INT, signal -> onInterrupt.run());
        StartupLog.mark("console ready");
        return new Parts(terminal, reader);
    }

    /** The terminal and reader, once built. */
    private Parts parts() {
        try {
            return parts.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The user's terminal. */
    public static JLineConsole system(Path history) throws IOException {
        return system(history, null);
    }

    /**
     * The user's terminal, taking over from {@code early} (the prompt already shown, see
     * {@link EarlyPrompt}) when it is not {@code null}: then the terminal is the one JLine's
     * builder would choose here (JNI, on the tty of stdin and stdout), made directly so that it
     * learns the tty's own settings and not the early prompt's, and it is made in the background.
     */
    public static JLineConsole system(Path history, EarlyPrompt early) throws IOException {
        String noColor = System.getenv("NO_COLOR");
        boolean colors = noColor == null || noColor.isEmpty();
        if (early == null) {
            return new JLineConsole(history, colors, TerminalBuilder.builder().system(true).nativeSignals(true).build());
        }
        return afterEarlyPrompt(history, colors, early, System.getenv("TERM"), true);
    }

    /** The console taking over from {@code early} (tests: on a pseudo-terminal of their own, no native signals). */
    static JLineConsole afterEarlyPrompt(Path history, boolean colors, EarlyPrompt early, String type,
            boolean nativeSignals) {
        return new JLineConsole(history, colors, early, () -> new PosixSysTerminal("JLine terminal", type, early.pty(),
                StandardCharsets.UTF_8, nativeSignals, Terminal.SignalHandler.SIG_DFL));
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
        return new JLineConsole(history, colors, t);
    }

    /** What a tty does on Ctrl-C (tests: a terminal over streams has no tty to do it). */
    void raiseInterrupt() {
        parts().terminal().raise(Terminal.Signal.INT);
    }

    /** Completion for the reader; set on it before its first line is read. */
    void setCompleter(Completer completer) {
        this.completer = completer;
    }

    @Override
    public String readInput(String prompt) throws Cancelled {
        StartupLog.mark("readLine");
        LineReaderImpl reader = readingReader();
        try {
            return quietUntilNextLine(reader.readLine(prompt));
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

    /**
     * The reader, ready for a {@code readLine}: its completer set and, the first time after an
     * early prompt, the cursor back at the start of that prompt's line, which JLine then draws
     * over (the keys typed at it are still in the tty's queue). Ctrl-C pressed at the early
     * prompt counts as pressed at this one: the line goes on, the cursor to the next line.
     */
    private LineReaderImpl readingReader() throws Cancelled {
        Parts p = parts();
        Completer c = completer;
        if (c != null && p.reader().getCompleter() != c) {
            p.reader().setCompleter(c);
        }
        EarlyPrompt shown = early;
        if (shown != null) {
            early = null;
            boolean interrupted = shown.interrupted();
            p.terminal().writer().write(interrupted ? "\r\n" : "\r");
            p.terminal().flush();
            if (interrupted) {
                throw new Cancelled(true);
            }
        }
        return p.reader();
    }

    /** A line with JLine's plain parser: no continuation, whatever brackets it leaves open. */
    private String readPlain(String prompt, boolean remembered) throws Cancelled {
        LineReaderImpl impl = readingReader();
        org.jline.reader.Parser saved = impl.getParser();
        impl.setParser(new org.jline.reader.impl.DefaultParser().eofOnUnclosedQuote(false));
        impl.setVariable(LineReader.DISABLE_HISTORY, !remembered);
        try {
            return quietUntilNextLine(impl.readLine(prompt));
        } catch (UserInterruptException e) {
            throw new Cancelled(e.getPartialLine() == null || e.getPartialLine().isEmpty() || !remembered);
        } catch (EndOfFileException e) {
            return null;
        } finally {
            impl.setParser(saved);
            impl.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    /**
     * While the line runs, keys typed ahead wait unseen in the tty (echo and line collecting
     * off, as at the early prompt; Ctrl-C still signals) until the next {@code readLine} shows
     * them at its prompt, as Node's REPL, always in raw mode, does: with the tty echoing
     * them they would also appear in the middle of the program's output. JLine restores the
     * tty's own settings when the console closes.
     */
    private String quietUntilNextLine(String line) {
        Terminal terminal = parts().terminal();
        try {
            org.jline.terminal.Attributes a = terminal.getAttributes();
            a.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ECHO, false);
            a.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ICANON, false);
            terminal.setAttributes(a);
        } catch (RuntimeException e) {
            // a terminal that cannot change its settings echoes, as before
        }
        return line;
    }

    @Override
    public void printAbove(String line) {
        parts().reader().printAbove(line);
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
        Parts p = parts();
        try {
            p.reader().getHistory().save();
            p.terminal().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
