package looplab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import looplab.lessons.format.PackLoader;
import looplab.lessons.judge.Failure;
import looplab.lessons.model.Exercise;
import looplab.lessons.run.OutputLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated class of 300 scripts graded in real worker processes — right ones, wrong ones,
 * races, syntax errors, crashes, endless loops, output floods, memory bombs, sandbox escapes,
 * and scripts that try to leave something behind for the next one in their worker — where
 * every script must get exactly the verdict it deserves and nothing may get out: no file
 * written outside its directory, no secret read, nothing seen by another script.
 */
class ClassGradingTest {
    @TempDir
    Path tmp;

    /** {@code kind} null: passes; {@code or}: another verdict as good (a slow memory bomb may time out first). */
    record Expect(String name, String code, Failure.Kind kind, Failure.Kind or) {
        Expect(String name, String code, Failure.Kind kind) {
            this(name, code, kind, kind);
        }
    }

    private static final String REFERENCE = """
            console.log('start');
            setTimeout(() => console.log('timeout'), 0);
            setImmediate(() => console.log('immediate'));
            process.nextTick(() => console.log('tick'));
            Promise.resolve().then(() => console.log('promise'));
            """;

    @Test
    void everyScriptGetsItsVerdictAndNothingEscapes() throws Exception {
        Path exerciseDir = Files.createDirectories(tmp.resolve("exercise"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        String token = "SECRET-" + UUID.randomUUID();
        Path secret = Files.writeString(outside.resolve("secret.txt"), token);
        Path marker = outside.resolve("escaped");
        Files.writeString(exerciseDir.resolve("exercise.md"), """
                ---
                id: class-race
                title: Start, tick, promise, then timeout and immediate in either order
                type: exercise
                kind: write
                ---
                ```js reference
                """ + REFERENCE + """
                ```

                ### Constraints
                - same sources
                - at most 1 setTimeout
                """);
        Files.writeString(exerciseDir.resolve("words.txt"), "start\n");
        Files.createSymbolicLink(exerciseDir.resolve("leak.txt"), secret);
        Exercise ex = PackLoader.exerciseFile(exerciseDir.resolve("exercise.md"));

        List<Expect> all = generate(secret, marker);
        assertEquals(300, all.size());
        Path subs = Files.createDirectories(tmp.resolve("subs"));
        List<Submission> submissions = new ArrayList<>();
        Map<String, Expect> byName = new LinkedHashMap<>();
        for (Expect e : all) {
            Path f = Files.writeString(subs.resolve(e.name() + ".js"), e.code());
            submissions.add(new Submission(e.name() + ".js", f));
            byName.put(e.name() + ".js", e);
        }

        // The default time limit: a busy machine makes scripts slow, and each endless one costs it.
        GradeOptions options = GradeOptions.defaults().withWorkers(2).withHeap("160m")
                .withTimeout(Duration.ofSeconds(5)).withExclude(java.util.Set.of(subs));
        List<GradeResult> results;
        long start = System.nanoTime();
        // start, not open: the first scripts run while a worker runs the reference.
        try (Grader grader = Grader.start(ex, options)) {
            results = grader.gradeAll(submissions);
            assertEquals(2, grader.legal().size(), "the reference races");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("graded %d scripts in %.1f s (%.1f per second)%n", results.size(), seconds,
                results.size() / seconds);

        assertEquals(300, results.size(), "one result per submission");
        List<String> wrong = new ArrayList<>();
        for (GradeResult r : results) {
            Expect e = byName.get(r.submission().name());
            Failure.Kind got = r.failure() == null ? null : r.failure().kind();
            if (got != e.kind() && got != e.or()) {
                wrong.add(r.submission().name() + ": expected " + e.kind() + ", got " + got + " ("
                        + (r.failure() == null ? "passed" : r.failure().message()) + ")");
            }
            if (r.script() != null) {
                for (OutputLine l : r.script().run().lines()) {
                    if (l.text().contains(token) || l.text().contains("LEAK")) {
                        wrong.add(r.submission().name() + " printed " + l.text());
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong verdicts:\n" + String.join("\n", wrong));
        assertTrue(results.stream().anyMatch(r -> r.failure() != null && r.failure().kind() == Failure.Kind.MEMORY_LIMIT),
                "a memory bomb took its worker down, and the scripts after it were still graded");
        assertFalse(Files.exists(marker), "a script wrote outside its directory");
        assertEquals(token, Files.readString(secret));
        assertEquals(List.of("exercise.md", "leak.txt", "words.txt"),
                Files.list(exerciseDir).map(p -> p.getFileName().toString()).sorted().toList(),
                "the exercise directory is as it was");
    }

    @Test
    void aReferenceThatFailsWhileScriptsRunEndsTheGrading() throws Exception {
        Path exerciseDir = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(exerciseDir.resolve("exercise.md"), """
                ---
                id: broken
                title: Broken
                type: exercise
                kind: write
                ---
                ```js reference
                console.log('a');
                null.x;
                ```
                """);
        Exercise ex = PackLoader.exerciseFile(exerciseDir.resolve("exercise.md"));
        Path subs = Files.createDirectories(tmp.resolve("subs"));
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            submissions.add(new Submission(i + ".js", Files.writeString(subs.resolve(i + ".js"), "console.log('a');\n")));
        }
        GradeOptions options = GradeOptions.defaults().withWorkers(2).withHeap("160m").withExclude(java.util.Set.of(subs));
        try (Grader grader = Grader.start(ex, options)) {
            ExerciseProblem p = assertThrows(ExerciseProblem.class, () -> grader.gradeAll(submissions));
            assertTrue(p.getMessage().contains("the reference fails: uncaught error (TypeError"), p.getMessage());
        }
    }

    /** 300 scripts, each a little different from its neighbours (names, comments, debug lines). */
    private static List<Expect> generate(Path secret, Path marker) {
        List<Expect> out = new ArrayList<>();
        String s = secret.toString();
        String m = marker.toString();
        // Right, in several styles: 106, of which 10 leave traps for the next script in their
        // worker and 10 look for traps.
        for (int i = 0; i < 106; i++) {
            String code = switch (i % 5) {
                case 0 -> "// student " + i + "\n" + REFERENCE;
                case 1 -> "const n" + i + " = " + i + ";\nprocess.nextTick(() => console.log('tick'));\n"
                        + "Promise.resolve(n" + i + ").then(() => console.log('promise'));\n"
                        + "setImmediate(() => console.log('immediate'));\nsetTimeout(() => console.log('timeout'), 0);\n"
                        + "console.log('start');\n";
                case 2 -> "function log(x) { console.log(x); }\nlog('start');\n(async () => { await null; log('promise'); })();\n"
                        + "process.nextTick(log, 'tick');\nsetTimeout(log, 0, 'timeout');\nsetImmediate(log, 'immediate'); // " + i + "\n";
                case 3 -> "queueMicrotask(() => console.log('promise'));\nprocess.nextTick(() => console.log('tick'));\n"
                        + "console.log(require('fs').readFileSync('words.txt', 'utf8').trim());\n"
                        + "setTimeout(() => console.log('timeout'), " + (i % 2) + ");\nsetImmediate(() => console.log('immediate'));\n";
                default -> "const fs = require('fs');\nconsole.log('start');\nprocess.nextTick(() => console.log('tick'));\n"
                        + "Promise.resolve().then(() => console.log('promise'));\n"
                        + "setTimeout(() => console.log('timeout'), 0); setImmediate(() => console.log('immediate')); // " + i + "\n";
            };
            if (i < 10) {
                // Traps, laid after its own lines are printed.
                code += "process.on('exit', () => { globalThis.leak" + i + " = 1; Object.prototype.polluted = 1;"
                        + " Array.prototype.join = () => 'LEAK'; String.prototype.trim = () => 'LEAK';"
                        + " console.log = () => {}; });\n";
            } else if (i < 20) {
                code = "if (Object.prototype.polluted || [1, 2].join() !== '1,2' || ' a '.trim() !== 'a'"
                        + " || Object.keys(globalThis).some(k => k.startsWith('leak'))) console.log('LEAK');\n" + code;
            }
            out.add(new Expect(String.format("right-%03d", i), code, null));
        }
        // Right, and racing differently: the immediate first, inside an I/O callback (20).
        for (int i = 0; i < 20; i++) {
            out.add(new Expect(String.format("io-%02d", i), "console.log('start');\nprocess.nextTick(() => console.log('tick'));\n"
                    + "Promise.resolve().then(() => console.log('promise'));\nrequire('fs').readFile(__filename, () => {\n"
                    + "  setTimeout(() => console.log('timeout'), " + i + ");\n  setImmediate(() => console.log('immediate'));\n});\n", null));
        }
        // Right, with debug output on stderr, which is never graded (20).
        for (int i = 0; i < 20; i++) {
            out.add(new Expect(String.format("debug-%02d", i), "console.error('debug " + i + "');\n" + REFERENCE
                    + "console.warn('more debug');\nsetImmediate(() => console.error('late debug'));\n", null));
        }
        // Wrong orders and missing or extra lines (40).
        for (int i = 0; i < 40; i++) {
            String code = switch (i % 4) {
                case 0 -> "console.log('start');\nPromise.resolve().then(() => console.log('promise'));\n"
                        + "Promise.resolve().then(() => console.log('tick'));\nsetTimeout(() => console.log('timeout'), 0);\n"
                        + "setImmediate(() => console.log('immediate'));\n";
                case 1 -> "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n"
                        + "process.nextTick(() => console.log('tick'));\nconsole.log('start');\n";
                case 2 -> REFERENCE + "console.log('extra " + i + "');\n";
                default -> "process.nextTick(() => console.log('start'));\nconsole.log('tick');\n"
                        + "Promise.resolve().then(() => console.log('promise'));\nsetTimeout(() => console.log('timeout'), 0);\n"
                        + "setImmediate(() => console.log('immediate'));\n";
            };
            out.add(new Expect(String.format("wrong-%02d", i), "// " + i + "\n" + code, Failure.Kind.WRONG_OUTPUT));
        }
        // The right lines from the wrong sources: a constraint broken (15).
        for (int i = 0; i < 15; i++) {
            out.add(new Expect(String.format("sources-%02d", i), "console.log('start');\nprocess.nextTick(() => console.log('tick'));\n"
                    + "Promise.resolve().then(() => console.log('promise'));\nsetTimeout(() => console.log('timeout'), 0);\n"
                    + "setTimeout(() => console.log('immediate'), " + (i % 3) + ");\n", Failure.Kind.CONSTRAINT));
        }
        // Its own order is accepted, but Node may also print one that is not (10).
        for (int i = 0; i < 10; i++) {
            out.add(new Expect(String.format("race-%02d", i), "console.log('start');\nprocess.nextTick(() => console.log('tick'));\n"
                    + "setTimeout(() => { console.log('promise'); console.log('timeout'); }, 0);\n"
                    + "setImmediate(() => console.log('immediate')); // " + i + "\n", Failure.Kind.RACE));
        }
        // Syntax errors (15).
        String[] syntax = {"console.log('start'", "var 1x = 5;", "function (", "}", "setTimeout(() => {, 0);"};
        for (int i = 0; i < 15; i++) {
            out.add(new Expect(String.format("syntax-%02d", i), "// " + i + "\n" + syntax[i % syntax.length] + "\n",
                    Failure.Kind.SYNTAX_ERROR));
        }
        // Crashes (10).
        for (int i = 0; i < 10; i++) {
            String code = switch (i % 3) {
                case 0 -> "console.log('start');\nnull.x" + i + ";\n";
                case 1 -> "console.log('start');\nsetTimeout(() => { throw new Error('boom " + i + "'); }, 0);\n";
                default -> "console.log('start');\nPromise.reject(new Error('rejected " + i + "'));\n";
            };
            out.add(new Expect(String.format("crash-%02d", i), code, Failure.Kind.CRASH));
        }
        // Endless: loops, an interval, an immediate chain (6).
        for (int i = 0; i < 6; i++) {
            String code = switch (i % 4) {
                case 0 -> "console.log('start');\nfor (;;) {}\n";
                case 1 -> "let n = 0;\nwhile (true) { n += " + i + "; }\n";
                case 2 -> "setInterval(() => {}, " + (i % 3) + ");\n";
                default -> "(function again() { setImmediate(again); })();\n";
            };
            out.add(new Expect(String.format("endless-%02d", i), code, Failure.Kind.TIMEOUT));
        }
        // Output floods, finite and endless (8).
        for (int i = 0; i < 8; i++) {
            String code = i % 4 != 3 ? "for (let i = 0; i < 300000; i++) console.log('flood line ' + i);\n"
                    : "for (;;) process.stdout.write('" + "x".repeat(50 + i) + "\\n');\n";
            out.add(new Expect(String.format("flood-%02d", i), code, Failure.Kind.OUTPUT_LIMIT));
        }
        // Another exit code (4).
        for (int i = 0; i < 4; i++) {
            out.add(new Expect(String.format("exit-%02d", i), REFERENCE + "process.exitCode = " + (i + 2) + ";\n",
                    Failure.Kind.EXIT_CODE));
        }
        // Sandbox escapes: Java, processes, files outside, Nashorn's extensions (42).
        String[] escapes = {
            "Java.type('java.lang.Runtime').getRuntime().exec('touch " + m + "');",
            "Packages.java.lang.System.exit(0);",
            "java.lang.System.exit(0);",
            "require('child_process').execSync('touch " + m + "');",
            "console.log(require('fs').readFileSync('" + s + "', 'utf8'));",
            "console.log(require('fs').readFileSync('" + "../".repeat(12) + s.substring(1) + "', 'utf8'));",
            "require('fs').writeFileSync('" + m + "', 'x');",
            "console.log(require('fs').readFileSync('leak.txt', 'utf8'));",
            "console.log(require('fs').readFileSync('/proc/self/environ', 'utf8'));",
            "this.constructor.constructor('return this')().Java.type('java.io.File');",
            "load('nashorn:mozilla_compat.js');",
            "loadWithNewGlobal({script: 'java.lang.System.exit(0)', name: 'x'});",
            "process.binding('fs');",
            "require('fs').readFile('" + s + "', 'utf8', (e, d) => { if (e) throw e; console.log(d); });",
            "require('fs').readdirSync('/');",
            "console.log(require('" + s + "'));",
            "quit();",
            "Object.getPrototypeOf(function(){}).constructor('return Java')().type('java.io.File');",
            "require('fs').mkdirSync('" + m + "');",
            "require('fs').renameSync('words.txt', '" + m + "');",
            "require('fs').copyFileSync('words.txt', '" + m + "');",
        };
        for (int i = 0; i < escapes.length * 2; i++) {
            out.add(new Expect(String.format("escape-%02d", i), "console.log('start');\n" + escapes[i % escapes.length]
                    + (i >= escapes.length ? " // again" : "") + "\n", Failure.Kind.CRASH));
        }
        // Memory bombs (4): only their own worker dies. On a busy machine a bomb may meet the
        // time limit before the heap cap (as Nashorn makes new Array(1e6) lazily, the classic
        // bomb always fills the heap slowly): that costs only its own submission too. At least
        // one must take its worker down (checked below).
        String[] bombs = {
            "const a = []; const s = 'x'.repeat(3e7); for (;;) a.push(s.toUpperCase());",
            "const keep = []; const s = 'q'.repeat(3e7); while (true) keep.push(s.toUpperCase().toLowerCase());",
        };
        for (int i = 0; i < 3; i++) {
            out.add(new Expect(String.format("bomb-%02d", i), bombs[i % 2] + " // " + i + "\n", Failure.Kind.MEMORY_LIMIT,
                    Failure.Kind.TIMEOUT));
        }
        out.add(new Expect("bomb-slow", "let a = []; for (;;) a.push(new Array(1e6));\n", Failure.Kind.MEMORY_LIMIT,
                Failure.Kind.TIMEOUT));
        return out;
    }
}
