package looplab.shell.learn;

/**
 * The terminal as a lesson sees it: print a line, read an answer. A JLine terminal for people
 * ({@link TerminalLearnConsole}), plain streams for pipes ({@link PlainLearnConsole}).
 */
public interface LearnConsole extends AutoCloseable {
    /** One line the learner typed, or {@code null} when they are gone (Ctrl-D, Ctrl-C, end of input). */
    String readLine(String prompt);

    void println(String line);

    /** Whether ANSI colours may be used. */
    boolean colors();

    /** Whether a person is typing (confirmations are asked only then). */
    boolean interactive();

    @Override
    void close();
}
