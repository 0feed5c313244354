package looplab.shell.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the time to the first prompt goes: with {@code -Dlooplab.startupLog=FILE} each step on
 * the way appends "milliseconds since the JVM started, step, thread" to FILE (bench/ reads it);
 * without it, {@link #mark} does nothing.
 */
public final class StartupLog {
    private static final String FILE = System.getProperty("looplab.startupLog");
    private static final long JVM_START_MS = FILE == null ? 0 : jvmStartMillis();

    private StartupLog() {
    }

    public static void mark(String step) {
        if (FILE == null) {
            return;
        }
        long ms = System.currentTimeMillis() - JVM_START_MS;
        String line = ms + " " + step + " [" + Thread.currentThread().getName() + "]\n";
        synchronized (StartupLog.class) {
            try {
                Files.writeString(Path.of(FILE), line, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // a debugging aid: never in the user's way
            }
        }
    }

    private static long jvmStartMillis() {
        return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
    }
}
