package looplab.lessons.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import looplab.lessons.grade.Exercises;
import looplab.lessons.grade.GradeOptions;
import looplab.lessons.grade.GradeResult;
import looplab.lessons.grade.Grader;
import looplab.lessons.grade.Submission;
import looplab.lessons.model.Exercise;

/**
 * The submissions every report test renders: real gradings of the test exercises, with the
 * times zeroed so the reports are the same on every run.
 */
final class Graded {
    final Exercise exercise;
    final List<GradeResult> results;

    private Graded(Exercise exercise, List<GradeResult> results) {
        this.exercise = exercise;
        this.results = results;
    }

    static final Map<String, String> SCRIPTS = new LinkedHashMap<>();
    static final Map<String, String> ANSWERS = new LinkedHashMap<>();

    static {
        SCRIPTS.put("right.js", """
                const fs = require('fs');
                const [a, b] = fs.readFileSync('words.txt', 'utf8').trim().split('\\n');
                console.error('debug: words are', a, b);
                console.log(a);
                setTimeout(() => console.log(b), 10);
                process.nextTick(() => console.log('tick'));
                queueMicrotask(() => console.log('promise'));
                """);
        SCRIPTS.put("wrong.js", """
                console.log('hello');
                Promise.resolve().then(() => console.log('promise'));
                Promise.resolve().then(() => process.nextTick(() => console.log('tick')));
                setTimeout(() => { console.warn('debug: timer'); console.log('goodbye'); }, 0);
                """);
        SCRIPTS.put("immediate.js", """
                console.log('hello');
                process.nextTick(() => console.log('tick'));
                Promise.resolve().then(() => console.log('promise'));
                setImmediate(() => console.log('goodbye'));
                """);
        SCRIPTS.put("syntax.js", "console.log('hello';\n");
        SCRIPTS.put("crash.js", "console.log('hello');\nundefinedFunction();\n");
        ANSWERS.put("right.txt", "sync\ntick\nfast timer\nslow timer\n");
        ANSWERS.put("wrong.txt", "sync\nfast timer\ntick\nslow timer\n");
        ANSWERS.put("bad.txt", "1 1 2 3\n");
    }

    static Graded write(Path dir) throws Exception {
        return grade("write", SCRIPTS, dir);
    }

    static Graded predict(Path dir) throws Exception {
        return grade("predict", ANSWERS, dir);
    }

    private static Graded grade(String name, Map<String, String> files, Path dir) throws Exception {
        Exercise ex = Exercises.load(name);
        List<Submission> subs = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.writeString(p, f.getValue());
            subs.add(new Submission(f.getKey(), p));
        }
        try (Grader g = Grader.open(ex, GradeOptions.defaults().withWorkers(0).withTimeout(Duration.ofSeconds(30)))) {
            return new Graded(ex, g.gradeAll(subs).stream().map(r -> r.withMillis(0)).toList());
        }
    }

    GradeResult of(String submission) {
        return results.stream().filter(r -> r.submission().name().equals(submission)).findFirst().orElseThrow();
    }

    /** Compares with {@code golden/NAME}; {@code -Dlooplab.golden.update=true} rewrites it. */
    static void golden(String name, String actual) throws IOException {
        Path source = Path.of("src/test/resources/looplab/lessons/report/golden", name);
        if (Boolean.getBoolean("looplab.golden.update")) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual);
            return;
        }
        var in = Graded.class.getResourceAsStream("/looplab/lessons/report/golden/" + name);
        if (in == null) {
            throw new AssertionError("no golden file " + name + " (run with -Dlooplab.golden.update=true to write it)");
        }
        String expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, "golden/" + name);
    }
}
