package looplab.shell.cli;

import looplab.engine.trace.TextStyle;

/** ANSI colours for the text trace, only on a terminal and only without {@code NO_COLOR}. */
public final class AnsiStyle implements TextStyle {
    private AnsiStyle() {
    }

    public static TextStyle forStdout() {
        boolean terminal = System.console() != null;
        String noColor = System.getenv("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) ? new AnsiStyle() : TextStyle.PLAIN;
    }

    /** Colours whatever the streams are (the REPL, which knows it has a terminal). */
    public static TextStyle always() {
        return new AnsiStyle();
    }

    @Override
    public String apply(Role role, String text) {
        String code = switch (role) {
            case HEADER -> "1";
            case PHASE -> "36";
            case CALLBACK -> "33";
            case SOURCE -> "2";
            case STDERR -> "31";
            case RACE -> "35;1";
            case DIM -> "2";
            case FATAL -> "31;1";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }
}
