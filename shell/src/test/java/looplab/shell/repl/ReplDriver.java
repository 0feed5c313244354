package looplab.shell.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import looplab.engine.node.RunOptions;
import looplab.engine.trace.TextStyle;

/**
 * Drives the real REPL (the JLine console, the read loop, a live session) over a terminal made
 * of streams, as a person at a keyboard would: no TTY needed, so it runs in CI. Waits are for
 * text to appear, never for time to pass.
 */
final class ReplDriver implements AutoCloseable {
    static final long PATIENCE_MS = 60_000;

    private final PipedOutputStream keys = new PipedOutputStream();
    private final Screen screen = new Screen();
    final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final JLineConsole console;
    /** The REPL under test (to point its lessons at a test pack before typing). */
    final Repl repl;
    private int mark;

    ReplDriver(Path history, Path cwd) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        console = JLineConsole.overStreams(in, screen, history);
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        RunOptions options = new RunOptions(null, false, false, null, 4, java.util.List.of("node"), java.util.Map.of(),
                cwd, sink, sink, Long.MAX_VALUE, new looplab.engine.loop.RaceChoices(), null);
        repl = new Repl(console, options, TextStyle.PLAIN, true);
        Thread t = new Thread(() -> {
            // The exit code is announced only after the console has closed (and so saved the
            // history file): a test's temporary directory is deleted as soon as close() returns.
            try {
                int code;
                try {
                    code = repl.run();
                } finally {
                    drain();
                    console.close();
                }
                exit.complete(code);
            } catch (Throwable e) {
                exit.completeExceptionally(e);
            }
        }, "repl-under-test");
        t.setDaemon(true);
        t.start();
    }

    /** Printed after the REPL has ended, to know the screen has everything before it. */
    private static final String DRAINED = "[repl driver: output drained]";

    /**
     * Waits until everything the REPL wrote has reached the screen. The terminal over streams
     * is a pseudo-terminal whose output a JLine thread copies to the screen; closing the
     * terminal stops that thread, and whatever it had not copied yet was lost: under load,
     * the last lines the REPL printed before it ended (an 'exit' listener's, after .exit), cut
     * in the middle of a character. The pty keeps order, so once this line shows, all did.
     */
    private void drain() {
        try {
            console.printAbove(DRAINED);
            long deadline = System.currentTimeMillis() + PATIENCE_MS;
            while (!screen.text().contains(DRAINED) && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
        } catch (RuntimeException | InterruptedException e) {
            // The close goes ahead; a test awaiting lost output says what it never saw.
        }
    }

    /** Types text; {@code \r} is Enter, {@code \u0003} Ctrl-C, {@code \u0004} Ctrl-D. */
    ReplDriver type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Ctrl-C while code runs: the tty's SIGINT. */
    ReplDriver ctrlC() {
        console.raiseInterrupt();
        return this;
    }

    /** A paste, as a terminal with bracketed paste sends it: one input however many lines. */
    ReplDriver paste(String text) throws IOException {
        return type("\u001b[200~" + text + "\u001b[201~");
    }

    /** Waits until {@code text} appears after the mark; returns what appeared up to it. */
    String await(String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (System.currentTimeMillis() < deadline) {
            String s = sinceMark();
            int at = s.indexOf(text);
            if (at >= 0) {
                return s.substring(0, at + text.length());
            }
            Thread.sleep(10);
        }
        throw new AssertionError("never saw " + text + " in:\n" + sinceMark());
    }

    /** Output from now on is what {@link #await} and {@link #sinceMark} look at. */
    ReplDriver mark() {
        mark = screen.text().length();
        return this;
    }

    String sinceMark() {
        String all = screen.text();
        return all.substring(Math.min(mark, all.length()));
    }

    @Override
    public void close() throws IOException {
        if (!exit.isDone()) {
            type(".exit\r");
        }
        try {
            exit.get(PATIENCE_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** What the terminal showed, escape sequences and carriage returns removed. */
    static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8)
                    .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "")
                    .replaceAll("\u001b[()][0-9A-Za-z]", "")
                    .replaceAll("\u001b[=>]", "")
                    .replace("\r", "");
        }
    }
}
