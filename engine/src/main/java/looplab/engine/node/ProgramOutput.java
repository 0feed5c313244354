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

    /** A line being assembled, with the label it got from its first character. */
    private static final class PendingLine {
        final String stream;
        final StringBuilder text = new StringBuilder();
        String source;
        String phase;
        int loop;

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

    /** {@code fd} 1 is stdout, anything else stderr. */
    public void write(int fd, String text) {
        if (truncated) {
            return;
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
        // The time is the line's completion, so t never runs backwards in the trace.
        tracer.output(line.stream, line.text.toString(), line.source, line.phase, line.loop, loop.now());
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
