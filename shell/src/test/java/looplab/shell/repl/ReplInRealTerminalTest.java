package looplab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare {@code looplab} as a user starts it: its own JVM in a real pseudo-terminal (util-linux
 * {@code script} makes one), so the path from {@code main} to the prompt, the system terminal
 * and the exit are the real ones, not a terminal over streams. Skipped where there is no
 * {@code script}.
 */
class ReplInRealTerminalTest {
    @TempDir
    Path home;

    @Test
    void promptEvaluatesAndExitsInARealPty() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script for a pty");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A pty made without a terminal around it has no size; give it one, as a user's has.
        // After looplab: its exit code, and the tty's settings as the shell finds them.
        String command = "stty cols 100 rows 30; " + java + " -XX:TieredStopAtLevel=1 -cp " + System.getProperty("java.class.path")
                + " looplab.shell.Main; code=$?; echo; echo tty-after: exit $code; stty -a";
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null");
        pb.environment().put("LOOPLAB_HOME", home.toString());
        pb.environment().put("NO_COLOR", "1");
        pb.environment().put("TERM", "xterm");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        PtyScreen screen = new PtyScreen(p.getInputStream());
        try (OutputStream keys = p.getOutputStream()) {
            // Typed the moment the first prompt shows: before the line reader is ready (the
            // prompt comes first, see EarlyPrompt), so the keys wait in the tty for it.
            screen.await("> ", 60);
            keys.write("[1, 2].map(x => x * 21)\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("[ 21, 42 ]", 60);
            // Typed while a line still runs: shown once, at the next prompt, not also in the
            // middle of the busy line's output.
            keys.write("const t0 = Date.now(); while (Date.now() - t0 < 1500) {}; 'busy ' + 'done'\n"
                    .getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("t0 < 1500", 60);
            keys.write("'typed' + ' ahead'\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("'typed ahead'", 60);
            keys.write(".exit\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("tty-after:", 30);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "script did not end after .exit:\n" + screen.text());
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), screen.text());
        String text = screen.text();
        assertTrue(text.contains("tty-after: exit 0"), text);
        String shown = text.substring(0, text.indexOf("tty-after:"));
        // Shown once, by the line reader: the tty did not echo the keys typed ahead of it as well.
        assertEquals(1, shown.split("x \\* 21", -1).length - 1, shown);
        assertEquals(1, shown.split("' \\+ ' ahead'", -1).length - 1, shown);
        assertTrue(shown.indexOf("'busy done'") < shown.indexOf("' + ' ahead'"), shown);
        // The tty as it was: line editing and echo back on.
        String after = text.substring(text.indexOf("tty-after:"));
        assertTrue(after.contains(" icanon") && !after.contains("-icanon") && after.contains(" echo ")
                && !after.contains("-echo "), after);
        // JLine's history file: one "time:line" per input.
        List<String> history = Files.readAllLines(home.resolve(".looplab_history"));
        assertTrue(history.stream().anyMatch(l -> l.endsWith(":[1, 2].map(x => x * 21)")), "history: " + history);
    }

    /**
     * As bin/looplab starts the REPL: the tty made quiet (no echo, no line collecting) before
     * the JVM starts, the JVM told so ({@code -Dlooplab.ttyQuiet=launcher}), the tty's own
     * settings put back by the launcher after it. Keys typed while the JVM starts are read by
     * the line reader and shown once, and JLine's own restore at exit brings echo and line
     * editing back as well.
     */
    @Test
    void promptOnATtyTheLauncherMadeQuiet() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script for a pty");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "stty cols 100 rows 30; saved=$(stty -g); stty -echo -icanon; echo quiet-now; "
                + java + " -XX:TieredStopAtLevel=1 -Dlooplab.ttyQuiet=launcher -cp " + System.getProperty("java.class.path")
                + " looplab.shell.Main; code=$?; echo; echo jline-after: exit $code; stty -a; stty \"$saved\"";
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null");
        pb.environment().put("LOOPLAB_HOME", home.toString());
        pb.environment().put("NO_COLOR", "1");
        pb.environment().put("TERM", "xterm");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        PtyScreen screen = new PtyScreen(p.getInputStream());
        try (OutputStream keys = p.getOutputStream()) {
            screen.await("quiet-now", 60);
            // Typed before the JVM has drawn anything.
            keys.write("[3, 4].map(x => x * 10)\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("[ 30, 40 ]", 60);
            keys.write(".exit\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("jline-after:", 30);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "script did not end after .exit:\n" + screen.text());
        } finally {
            p.destroyForcibly();
        }
        String text = screen.text();
        assertTrue(text.contains("jline-after: exit 0"), text);
        String shown = text.substring(0, text.indexOf("jline-after:"));
        assertEquals(1, shown.split("x \\* 10", -1).length - 1, "shown once, by the line reader: " + shown);
        String after = text.substring(text.indexOf("jline-after:"));
        assertTrue(after.contains(" icanon") && !after.contains("-icanon") && after.contains(" echo ")
                && !after.contains("-echo "), after);
    }
}
