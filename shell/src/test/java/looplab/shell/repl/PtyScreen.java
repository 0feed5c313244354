package looplab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** What a pseudo-terminal has shown so far, read on a thread of its own (the pty tests' screen). */
final class PtyScreen {
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    PtyScreen(InputStream in) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (seen) {
                        seen.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // the pty closed
            }
        }, "pty-reader");
        t.setDaemon(true);
        t.start();
    }

    String text() {
        synchronized (seen) {
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until {@code what} is on the screen; fails, showing the screen, after {@code seconds}. */
    void await(String what, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!text().contains(what)) {
            assertTrue(System.nanoTime() < deadline, "never saw '" + what + "' in:\n" + text());
            Thread.sleep(10);
        }
    }
}
