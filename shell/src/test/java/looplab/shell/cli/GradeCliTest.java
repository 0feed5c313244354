package looplab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code looplab check} and {@code looplab grade} as a teacher, a student or a CI job runs them. */
class GradeCliTest {
    @TempDir
    Path dir;
    Path predict;
    Path write;

    @BeforeEach
    void exercises() throws Exception {
        predict = Files.writeString(dir.resolve("predict.md"), """
                ---
                id: tick-first
                title: Tick first
                type: exercise
                kind: predict
                ---
                ```js reference
                Promise.resolve().then(() => console.log('promise'));
                process.nextTick(() => console.log('tick'));
                console.log('main');
                ```
                """);
        Path w = Files.createDirectories(dir.resolve("w"));
        write = Files.writeString(w.resolve("exercise.md"), """
                ---
                id: promise-first
                title: Make the promise win
                type: exercise
                kind: write
                ---
                ```js reference
                Promise.resolve().then(() => {
                  console.log('promise');
                  process.nextTick(() => console.log('tick'));
                });
                ```

                ### Constraints
                - exactly 1 nextTick
                """);
    }

    private CliTest.Outcome looplab(String... args) throws Exception {
        return CliTest.looplab(dir, args);
    }

    @Test
    void checkAPredictionExitsZeroOnPassAndOneOnFail() throws Exception {
        Files.writeString(dir.resolve("right.txt"), "main\ntick\npromise\n");
        Files.writeString(dir.resolve("wrong.txt"), "main\npromise\ntick\n");
        CliTest.Outcome pass = looplab("check", "predict.md", "--answer", "right.txt");
        assertEquals(0, pass.code(), pass.err());
        assertTrue(pass.out().contains("PASS · score 1.00"), pass.out());
        CliTest.Outcome fail = looplab("check", "predict.md", "--answer", "wrong.txt");
        assertEquals(1, fail.code(), fail.err());
        assertTrue(fail.out().contains("Rule (nexttick-before-promises)"), fail.out());
        assertTrue(fail.out().contains("source nextTick, phase main"), fail.out());
    }

    @Test
    void checkAScriptInEveryFormat() throws Exception {
        Files.writeString(dir.resolve("sol.js"), """
                console.error('debug: here');
                Promise.resolve().then(() => { console.log('promise'); process.nextTick(() => console.log('tick')); });
                """);
        CliTest.Outcome text = looplab("check", "w/exercise.md", "--solution", "sol.js");
        assertEquals(0, text.code(), text.out() + text.err());
        assertTrue(text.out().contains("  | debug: here"), text.out());
        CliTest.Outcome gs = looplab("check", "w/exercise.md", "--solution", "sol.js", "--format", "gradescope");
        assertEquals(0, gs.code());
        assertTrue(gs.out().startsWith("{\n  \"score\": 1,"), gs.out());
        CliTest.Outcome tap = looplab("check", "w/exercise.md", "--solution", "sol.js", "--format=tap");
        assertTrue(tap.out().startsWith("TAP version 14\n1..1\n") && tap.out().contains("\nok 1 - sol.js\n"), tap.out());
        CliTest.Outcome junit = looplab("check", "w/exercise.md", "--solution", "sol.js", "--format", "junit");
        assertTrue(junit.out().contains("<testcase classname=\"promise-first\" name=\"sol.js\""), junit.out());
        Files.writeString(dir.resolve("bad.js"), "for (;;) {}\n");
        CliTest.Outcome loop = looplab("check", "w/exercise.md", "--solution", "bad.js", "--timeout", "1s",
                "--format", "json");
        assertEquals(1, loop.code(), loop.err());
        assertTrue(loop.out().contains("\"kind\": \"timeout\""), loop.out());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "main\n");
        assertEquals(2, looplab("check", "predict.md", "--solution", "a.txt").code(), "wrong kind of submission");
        assertEquals(2, looplab("check", "nope.md", "--answer", "a.txt").code());
        assertEquals(2, looplab("check", "no-such-exercise/1", "--answer", "a.txt").code());
        assertEquals(2, looplab("check", "predict.md").code(), "neither --answer nor --solution");
        Files.writeString(dir.resolve("broken.md"), "---\nid: x\n---\n");
        CliTest.Outcome broken = looplab("check", "broken.md", "--answer", "a.txt");
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("broken.md:"), broken.err());
        assertEquals(2, looplab("grade", "predict.md", "missing-dir").code());
        assertEquals(2, looplab("check", "predict.md", "--answer", "a.txt", "--format", "xml").code());
    }

    @Test
    void gradeADirectoryWithOneReportFilePerSubmission() throws Exception {
        Path subs = Files.createDirectories(dir.resolve("subs"));
        Files.writeString(subs.resolve("alice.js"), "Promise.resolve().then(() => { console.log('promise');"
                + " process.nextTick(() => console.log('tick')); });\n");
        Files.writeString(subs.resolve("bob.js"), "console.log('tick');\nconsole.log('promise');\n");
        Files.writeString(subs.resolve("carol.js"), "console.log('promise'\n");
        Files.writeString(subs.resolve("notes.txt"), "not a submission\n");
        CliTest.Outcome r = looplab("grade", "w/exercise.md", "subs", "--out", "reports", "--format", "gradescope");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 submissions: 1 passed, 2 failed, 0 not graded"), r.out());
        assertTrue(r.err().contains("looplab grade: 3 submissions in"), r.err());
        assertEquals(List.of("alice.json", "bob.json", "carol.json"),
                Files.list(dir.resolve("reports")).map(p -> p.getFileName().toString()).sorted().toList());
        assertTrue(Files.readString(dir.resolve("reports/carol.json")).contains("syntax error"));
        CliTest.Outcome junit = looplab("grade", "w/exercise.md", "subs/alice.js", "subs/bob.js", "--format", "junit",
                "--workers", "0");
        assertEquals(0, junit.code(), junit.err());
        assertTrue(junit.out().contains("tests=\"2\" failures=\"1\""), junit.out());
    }
}
