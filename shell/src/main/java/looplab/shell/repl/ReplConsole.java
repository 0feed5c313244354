package looplab.shell.repl;

import java.nio.file.Path;

/**
 * The terminal as the REPL sees it (JShell's {@code IOContext}): read an input, print what the
 * program prints without breaking the line being typed, hear Ctrl-C while code runs. The JLine
 * console is the one implementation for people; tests drive it over streams.
 */
public interface ReplConsole extends AutoCloseable {
    /** Thrown by {@link #readInput} on Ctrl-C at the prompt. */
    final class Cancelled extends Exception {
        public final boolean emptyLine;

        public Cancelled(boolean emptyLine) {
            super(null, null, false, false);
            this.emptyLine = emptyLine;
        }
    }

    /** One complete input (continuation lines included), or {@code null} at end of input (Ctrl-D). */
    String readInput(String prompt) throws Cancelled;

    /**
     * One line as typed, not JavaScript (a lesson's predicted output: {@code Timeout {} is an
     * answer, not the start of a block), or {@code null} at Ctrl-D.
     */
    default String readAnswer(String prompt) throws Cancelled {
        return readInput(prompt);
    }

    /** One raw line for {@code .editor}, or {@code null} at Ctrl-D. */
    String readRawLine() throws Cancelled;

    /** A finished line of output; above the prompt if the user is typing. */
    void printAbove(String line);

    /** What Ctrl-C does while an input runs. */
    void onInterrupt(Runnable action);

    /** Whether output may carry ANSI colours. */
    boolean colors();

    /** The history file, or {@code null} for none. */
    Path historyFile();

    @Override
    void close();
}
