package looplab.engine.trace;

/**
 * How the text trace emphasises things. The engine only names the roles; the shell decides
 * whether they become ANSI colours (a terminal) or nothing (a pipe, {@code NO_COLOR}).
 */
public interface TextStyle {
    enum Role { HEADER, PHASE, CALLBACK, SOURCE, STDERR, RACE, DIM, FATAL }

    String apply(Role role, String text);

    /** No styling at all. */
    TextStyle PLAIN = (role, text) -> text;
}
