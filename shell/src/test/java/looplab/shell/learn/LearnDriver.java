package looplab.shell.learn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import looplab.engine.trace.TextStyle;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.LessonPack;
import looplab.lessons.run.SnippetRunner;
import looplab.lessons.tutor.LooplabHome;

/**
 * Drives {@code looplab learn} (the real loop, console and lesson session) over a JLine terminal
 * made of streams, as a learner at a keyboard would: no TTY needed. Waits are for text to appear,
 * never for time to pass.
 */
final class LearnDriver implements AutoCloseable {
    static final long PATIENCE_MS = 180_000;

    private final PipedOutputStream keys = new PipedOutputStream();
    private final Screen screen = new Screen();
    final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final CompletableFuture<Void> closing = new CompletableFuture<>();
    private final Thread thread;
    private int mark;

    /** @param start the lesson to start, or {@code null} for the menu */
    LearnDriver(LessonPack pack, LooplabHome home, Lesson start) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        TerminalLearnConsole console = TerminalLearnConsole.overStreams(in, screen);
        LearnLoop loop = new LearnLoop(console, pack, home, SnippetRunner::warm, TextStyle.PLAIN);
        Thread t = new Thread(() -> {
            try {
                exit.complete(loop.run(start));
            } catch (Throwable e) {
                exit.completeExceptionally(e);
            }
            // The terminal is a real pseudo-terminal whose output a JLine thread copies to the
            // screen: closing it now could cut off the last lines, so it stays open until close().
            closing.join();
            console.close();
        }, "learn-under-test");
        t.setDaemon(true);
        t.start();
        thread = t;
    }

    /** Types text; {@code \r} is Enter, {@code \u0004} Ctrl-D. */
    LearnDriver type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
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
            if (exit.isDone()) {
                // Nothing more will be printed; give what was printed a moment to reach the screen.
                deadline = Math.min(deadline, System.currentTimeMillis() + 2_000);
            }
            Thread.sleep(20);
        }
        AssertionError e = new AssertionError("never saw " + text + " in:\n" + sinceMark()
                + (exit.isDone() ? "\n(the lesson loop has ended)" : ""));
        if (exit.isCompletedExceptionally()) {
            exit.exceptionally(cause -> {
                e.initCause(cause);
                return null;
            });
        }
        throw e;
    }

    /** Output from now on is what {@link #await} looks at. */
    LearnDriver mark() {
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
            type("\u0004");
        }
        closing.complete(null);
        try {
            exit.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
            thread.join(PATIENCE_MS);
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
