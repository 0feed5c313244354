package looplab.engine.js;

/** A script that does not parse, located in the user's own source. */
public final class JsSyntaxError extends RuntimeException {
    public final String file;
    public final int line;
    public final int column;
    public final String sourceLine;

    public JsSyntaxError(String file, int line, int column, String message, String sourceLine) {
        super(message, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
    }
}
