package looplab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The command line as a user meets it: a real JVM process, real streams, real exit codes. */
class CliTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    static Outcome looplab(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xss4m",
                "-cp", System.getProperty("java.class.path"), "looplab.shell.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().put("NO_COLOR", "1");
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[][] streams = new byte[2][];
        Thread err = new Thread(() -> {
            try {
                streams[1] = p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                streams[1] = new byte[0];
            }
        });
        err.start();
        streams[0] = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "looplab did not finish");
        err.join();
        return new Outcome(p.exitValue(), new String(streams[0], StandardCharsets.UTF_8),
                new String(streams[1], StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelp() throws Exception {
        Outcome v = looplab(dir, "--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("looplab "), v.out());
        Outcome h = looplab(dir, "run", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--trace") && h.out().contains("nextTick@timers"), h.out());
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Outcome o = looplab(dir, "run", "--frobnicate", "x.js");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("Unknown option") && o.err().contains("--help"), o.err());
        assertEquals(2, looplab(dir, "run", "--trace=loud", "x.js").code());
        assertEquals(2, looplab(dir, "run", "--timeout=soon", "x.js").code());
        Outcome zero = looplab(dir, "run", "--timeout=0s", "-e", "console.log(1)");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("not a positive duration"), zero.err());
        assertEquals(2, looplab(dir, "run", "--timeout=-1s", "-e", "1").code());
        Outcome check = looplab(dir, "check", "--timeout=0", "x.md", "--answer", "a.txt");
        assertEquals(2, check.code());
        assertTrue(check.err().contains("not a positive duration"), check.err());
    }

    @Test
    void scriptBytesThatAreNotUtf8AreReadAsNodeReadsThem() throws Exception {
        // Latin-1 text: each stray byte becomes U+FFFD, as in Node; the script still runs.
        Path latin = dir.resolve("latin.js");
        Files.write(latin, new byte[] {'c', 'o', 'n', 's', 'o', 'l', 'e', '.', 'l', 'o', 'g', '(', '"', 'c', 'a', 'f',
            (byte) 0xe9, '"', ')', '\n'});
        Outcome o = looplab(dir, "run", "--trace=off", "latin.js");
        assertEquals("caf\ufffd\n", o.out());
        assertEquals(0, o.code());
        // A binary file is a SyntaxError in script terms, not an I/O failure.
        Path binary = dir.resolve("binary.js");
        Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, (byte) 0xff, (byte) 0xfe, '\n'});
        Outcome b = looplab(dir, "run", "--trace=off", "binary.js");
        assertEquals(1, b.code());
        assertTrue(b.err().contains("SyntaxError"), b.err());
        assertTrue(!b.err().contains("internal error") && !b.err().contains("Exception"), b.err());
    }

    @Test
    void missingScriptFailsAsNodeDoes() throws Exception {
        Outcome o = looplab(dir, "run", "--trace=off", "nope.js");
        assertEquals(1, o.code());
        assertTrue(o.err().contains("Cannot find module '" + dir.resolve("nope.js") + "'"), o.err());
        assertTrue(o.err().contains("MODULE_NOT_FOUND"), o.err());
    }

    @Test
    void evalGetsNodeEvalArgvAndExitCode() throws Exception {
        Outcome o = looplab(dir, "run", "--trace=off", "-e",
                "console.log(process.argv.slice(1).join(',')); process.exitCode = 3", "a", "b");
        assertEquals("a,b\n", o.out());
        assertEquals(3, o.code());
    }

    @Test
    void fileRunPrintsExactlyWhatNodePrints() throws Exception {
        Path f = dir.resolve("order.js");
        Files.writeString(f, "setTimeout(() => console.log('timeout'), 5);\n"
                + "Promise.resolve().then(() => console.log('promise'));\n"
                + "process.nextTick(() => console.log('tick'));\nconsole.log('main');\n");
        Outcome o = looplab(dir, "run", "--trace=off", "order.js");
        assertEquals("main\ntick\npromise\ntimeout\n", o.out());
        assertEquals(0, o.code());
    }

    @Test
    void textTraceAnnotatesEveryLine() throws Exception {
        Path f = dir.resolve("t.js");
        Files.writeString(f, "setTimeout(() => {\n  process.nextTick(() => console.log('tick'));\n}, 5);\n");
        Outcome o = looplab(dir, "run", "t.js");
        assertTrue(o.out().contains("loop 1 · timers") || o.out().contains("loop 2 · timers"), o.out());
        assertTrue(o.out().contains("▸ setTimeout #") && o.out().contains("from t.js:1"), o.out());
        assertTrue(o.out().contains("nextTick@timers") && o.out().contains("│ tick"), o.out());
        assertTrue(!o.out().contains("\u001b["), "no colour when piped");
    }

    @Test
    void jsonTraceIsOneObjectPerLineFromStartToExit() throws Exception {
        Outcome o = looplab(dir, "run", "--trace=json", "-e", "console.log('hi')");
        String[] lines = o.out().split("\n");
        assertTrue(lines[0].startsWith("{\"type\":\"start\""), lines[0]);
        assertTrue(lines[lines.length - 1].startsWith("{\"type\":\"exit\""), lines[lines.length - 1]);
        assertTrue(o.out().contains("\"type\":\"output\"") && o.out().contains("\"text\":\"hi\""), o.out());
    }

    @Test
    void syntaxErrorsReadLikeNodes() throws Exception {
        Path f = dir.resolve("bad.js");
        Files.writeString(f, "console.log('ok');\nlet x = ;\n");
        Outcome o = looplab(dir, "run", "--trace=off", "bad.js");
        assertEquals(1, o.code());
        assertEquals("", o.out());
        assertTrue(o.err().startsWith("bad.js:2\nlet x = ;\n"), o.err());
        assertTrue(o.err().contains("SyntaxError: "), o.err());
        assertTrue(!o.err().contains("at java.") && !o.err().contains("Exception"), o.err());
    }

    @Test
    void timeoutStopsEvenCodeWithoutGuardPoints() throws Exception {
        Outcome o = looplab(dir, "run", "--trace=off", "--timeout=500ms", "-e",
                "const fib = (n) => n < 2 ? n : fib(n - 1) + fib(n - 2); console.log(fib(60))");
        assertEquals(124, o.code());
        assertTrue(o.err().contains("timed out"), o.err());
        Outcome loop = looplab(dir, "run", "--trace=off", "--timeout=1", "-e", "while (true) {}");
        assertEquals(124, loop.code());
    }

    @Test
    void lessonsCheckNamesTheFileAndLineOfAMalformedLesson() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("01-bad.md"), "---\nid: bad\ntitle: Bad\norder: 1\n---\n```js runn\nx\n```\n");
        Outcome o = looplab(dir, "lessons", "check", "pack");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("pack/01-bad.md:6: unknown snippet mode 'runn'"), o.err());
    }
}
