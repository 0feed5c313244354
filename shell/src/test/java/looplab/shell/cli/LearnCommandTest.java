package looplab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code looplab learn} as a process: exit codes, messages, progress under $LOOPLAB_HOME. */
class LearnCommandTest {
    @TempDir
    Path home;

    record Outcome(int code, String out, String err) {}

    Outcome learn(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xss4m",
                "-cp", System.getProperty("java.class.path"), "looplab.shell.Main", "learn"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        pb.environment().put("NO_COLOR", "1");
        pb.environment().put("LOOPLAB_HOME", home.toString());
        Path in = Files.writeString(home.resolve("stdin.txt"), stdin);
        Process p = pb.redirectInput(in.toFile()).redirectError(home.resolve("stderr.txt").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "looplab learn did not finish");
        return new Outcome(p.exitValue(), out, Files.readString(home.resolve("stderr.txt")));
    }

    static Path resource(String name) throws Exception {
        return Path.of(LearnCommandTest.class.getResource("/looplab/shell/learn/" + name).toURI());
    }

    @Test
    void aBrokenTeachersPackIsReportedAsFileLineProblem() throws Exception {
        Path bad = resource("bad");
        Outcome o = learn("", "--lessons", bad.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith(bad.resolve("01-broken.md") + ":18: unknown snippet mode 'sprint'"), o.err());
        assertEquals("", o.out());
        Outcome missing = learn("", "--lessons", home.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nowhere:1: no such directory"), missing.err());
    }

    @Test
    void anUnknownLessonListsTheIds() throws Exception {
        Outcome o = learn("", "no-such-lesson", "--lessons", resource("pack").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("there is no lesson 'no-such-lesson'") && o.err().contains("tick-first"), o.err());
    }

    @Test
    void pipedInputWalksTheMenuAndQuits() throws Exception {
        // The menu, the lesson by id, Enter past its introduction, q at the question.
        Outcome o = learn("tick-first\n\nq\n", "--lessons", resource("pack").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("type the numbers of the lines in the order you expect them"), o.out());
        assertTrue(o.out().contains("── Step 1 of 3 · process.nextTick goes first"), o.out());
        assertTrue(o.out().contains("predict > q"), o.out());
        assertTrue(o.out().contains("Progress saved in " + home.resolve("progress.json")), o.out());
        assertFalse(o.out().contains("\u001b["), "no colour when not a terminal");
        assertTrue(Files.readString(home.resolve("progress.json")).contains("\"tick-first\": {\"steps\": [\n"
                + "      {\"step\": 0, \"heading\": \"process.nextTick goes first\", \"done\": true"));
    }

    @Test
    void resetAsksUnlessToldNotTo() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 1, \"lessons\": {}}");
        Outcome refused = learn("", "--reset");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--yes"), refused.err());
        assertTrue(Files.exists(home.resolve("progress.json")));
        Outcome done = learn("", "--reset", "--yes");
        assertEquals(0, done.code(), done.err());
        assertFalse(Files.exists(home.resolve("progress.json")));
        assertTrue(done.out().contains("Cleared all lesson progress"), done.out());
    }

    @Test
    void helpSaysHowToAnswer() throws Exception {
        Outcome o = learn("", "--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("--lessons=DIR") && o.out().contains("3 1 2") && o.out().contains("--reset"),
                o.out());
    }
}
