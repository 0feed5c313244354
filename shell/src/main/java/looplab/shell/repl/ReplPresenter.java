package looplab.shell.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import looplab.engine.node.ReplSession;
import looplab.engine.trace.JsonTraceRenderer;
import looplab.engine.trace.TextStyle;
import looplab.engine.trace.TextTraceRenderer;
import looplab.engine.trace.TraceEvent;
import looplab.engine.trace.TraceSink;

/**
 * Turns the session's events into lines on the console: the trace in the mode {@code .trace}
 * chose (off: the program's output only), and the echo of each input.
 */
final class ReplPresenter implements TraceSink {
    enum Mode { off, text, verbose, json }

    private final ReplConsole console;
    private final TextStyle style;
    private final PrintStream lines;
    private volatile Mode mode = Mode.text;
    private volatile TraceSink renderer;

    ReplPresenter(ReplConsole console, TextStyle style) {
        this.console = console;
        this.style = style;
        this.lines = new PrintStream(new LineSplitter(console), true, StandardCharsets.UTF_8);
        setMode(Mode.text);
    }

    Mode mode() {
        return mode;
    }

    void setMode(Mode m) {
        mode = m;
        renderer = switch (m) {
            case off -> null;
            case text -> new TextTraceRenderer(lines, style, false);
            case verbose -> new TextTraceRenderer(lines, style, true);
            case json -> new JsonTraceRenderer(lines);
        };
    }

    @Override
    public synchronized void accept(TraceEvent event) {
        TraceSink r = renderer;
        if (r != null) {
            r.accept(event);
        } else if (event instanceof TraceEvent.Output o) {
            console.printAbove(o.text());
        }
        lines.flush();
    }

    /** The value or error an input came to, as Node's REPL prints it. */
    synchronized void echo(ReplSession.Echo e) {
        String text = e.isError() && console.colors() ? "\u001b[31m" + e.text() + "\u001b[0m" : e.text();
        for (String line : text.split("\n", -1)) {
            console.printAbove(line);
        }
    }

    synchronized void say(String text) {
        for (String line : text.split("\n", -1)) {
            console.printAbove(line);
        }
    }

    /** Collects bytes into lines and hands each finished line to the console. */
    private static final class LineSplitter extends OutputStream {
        private final ReplConsole console;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSplitter(ReplConsole console) {
            this.console = console;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                console.printAbove(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
