package looplab.engine.node;

import java.io.PrintStream;
import looplab.engine.loop.EventLoop;
import looplab.engine.trace.Tracer;

/**
 * Where the program's stdout and stderr go. With the trace off, bytes go straight to the real
 * streams. With a trace, each line becomes an {@code output} event labelled with the source,
 * phase and iteration that were current when its first character was written.
 */
public final class ProgramOutput {
    private final Tracer tracer;
    private final EventLoop loop;
    private final PrintStream out;
    private final PrintStream err;
    private final PendingLine[] lines = {new PendingLine("stdout"), new PendingLine("stderr")};
    private final long limitChars;
    private long written;
    private boolean truncated;
    /** Virtual time the next write costs: Node's cold console, charged once ({@link #chargeFirstWrite}). */
    private double firstWriteMs;

    /**
     * What Node 20 spends on a process's first write to stdout or stderr, console or stream
     * alike: about 4.5 ms to a file, 7.5 ms to a pipe, then 0.05 ms a line (measured on this
     * machine, the stream set up, the console's first call compiled). It is why a 5 ms timer
     * set before the main script's first {@code console.log} is already due when the loop
     * starts, ahead of an immediate, while a 7 ms one is not.
     */
    public static final double NODE_FIRST_WRITE_MS = 5.0;

    /** Whether a line finished in a later write keeps its place in the trace ({@link #keepLinesInPlace}). */
    private boolean linesInPlace;

    /** A line being assembled, with the label it got from its first character. */
    private static final class PendingLine {
        final String stream;
        final StringBuilder text = new StringBuilder();
        String source;
        String phase;
        int loop;
        /** Its place in the trace, held while it stays unfinished after a write; or {@code null}. */
        Tracer.OpenLine open;

        PendingLine(String stream) {
            this.stream = stream;
        }
    }

    /**
     * @param limitChars stop passing output on after this many characters (a flood from a
     *                   student script); {@code Long.MAX_VALUE} for no limit
     */
    public ProgramOutput(Tracer tracer, EventLoop loop, PrintStream out, PrintStream err, long limitChars) {
        this.tracer = tracer;
        this.loop = loop;
        this.out = out;
        this.err = err;
        this.limitChars = limitChars;
    }

    /**
     * Makes the run's first write move the clock by {@link #NODE_FIRST_WRITE_MS}, as it moves
     * Node's (a script run; a REPL's console is warm before the first prompt). The virtual clock
     * otherwise counts only time the program observes, and a JVM's first write costs nothing
     * like Node's, so without this a timer of a few ms would lose to I/O it beats on Node.
     */
    public void chargeFirstWrite() {
        firstWriteMs = NODE_FIRST_WRITE_MS;
    }

    /**
     * Makes a line written in pieces show in the trace where its first piece was written, in
     * the callback it is labelled with (a script run; the REPL shows each event as it comes, and
     * a prompt would otherwise wait for a newline that may never come).
     */
    public void keepLinesInPlace() {
        linesInPlace = true;
    }

    /** {@code fd} 1 is stdout, anything else stderr. */
    public void write(int fd, String text) {
        if (truncated) {
            return;
        }
        if (firstWriteMs > 0 && !text.isEmpty()) {
            loop.noteFirstWrite();
            loop.clock().skip(firstWriteMs);
            firstWriteMs = 0;
        }
        written += text.length();
        if (written > limitChars) {
            truncated = true;
            text = text.substring(0, (int) Math.max(0, text.length() - (written - limitChars)));
        }
        if (!tracer.isOn()) {
            (fd == 1 ? out : err).print(text);
            return;
        }
        PendingLine line = lines[fd == 1 ? 0 : 1];
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            String piece = nl < 0 ? text.substring(start) : text.substring(start, nl);
            if (!piece.isEmpty() || nl >= 0) {
                if (line.text.length() == 0 && line.source == null) {
                    label(line);
                }
                line.text.append(piece);
            }
            if (nl < 0) {
                break;
            }
            emit(line);
            start = nl + 1;
        }
        if (linesInPlace && line.source != null && line.open == null) {
            line.open = tracer.openLine(); // unfinished after this write
        }
    }

    /** Whether the output limit cut the program's output. */
    public boolean wasTruncated() {
        return truncated;
    }

    private void label(PendingLine line) {
        line.source = loop.source().label();
        line.phase = loop.phase().label();
        line.loop = loop.iteration();
    }

    private void emit(PendingLine line) {
        // The time is the line's completion, so t never runs backwards in the trace (a line
        // shown where its callback ended takes that place's time).
        if (line.open != null) {
            tracer.closeLine(line.open, line.stream, line.text.toString(), line.source, line.phase, line.loop, loop.now());
            line.open = null;
        } else {
            tracer.output(line.stream, line.text.toString(), line.source, line.phase, line.loop, loop.now());
        }
        line.text.setLength(0);
        line.source = null;
    }

    /** Emits unterminated last lines and flushes the real streams. */
    public void flush() {
        for (PendingLine line : lines) {
            if (line.source != null) {
                emit(line);
            }
        }
        out.flush();
        err.flush();
    }
}
