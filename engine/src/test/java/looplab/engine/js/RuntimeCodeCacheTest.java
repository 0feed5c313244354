package looplab.engine.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import looplab.engine.testing.RunMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime code cache across processes, as the launcher uses it: one process fills the
 * directory, later ones load from it while compiling what it lacks. Each run is a JVM of its
 * own, because Nashorn numbers compilations per process and a clash of those numbers between
 * a stored class and a fresh one is what this guards against.
 */
class RuntimeCodeCacheTest {
    @TempDir
    Path tmp;

    private static final String FILL = String.join("\n",
            "const util = require('util');",
            "console.log('hello', 1, { a: [1, 2, { b: new Map([['k', 1]]) }] }, new Set([1]));",
            "console.log(util.format('%s %d %j', 'x', 2, { y: 3 }));",
            "Promise.resolve(1).then((v) => console.log('promise', v));",
            "setTimeout(() => console.log('timeout'), 1);",
            "setImmediate(() => console.log('immediate'));",
            "process.nextTick(() => console.log('tick'));",
            "");

    // console.group and friends were never compiled by the filling run: fresh compilations of
    // console.js functions next to stored ones from the same script.
    private static final String LATER = String.join("\n",
            "console.group('Outer');",
            "console.log('inside', { a: 1, b: 'two', c: [1, 2, 3] });",
            "console.group();",
            "console.info('deeper');",
            "console.groupEnd();",
            "console.groupEnd();",
            "console.table([{ a: 1, b: 'x' }, { a: 2, b: 'y' }]);",
            "console.count(); console.count('k'); console.countReset('k'); console.count('k');",
            "console.dir({ deep: { deeper: { deepest: { x: 1 } } } }, { depth: 0 });",
            "console.log('%s|%i|%f|%o', 'a', 4.5, '2.5', [1]);",
            "");

    @Test
    void laterProcessesLoadWhatTheFirstStoredAndCompileTheRest() throws Exception {
        Path cache = tmp.resolve("cache");
        Path fill = Files.writeString(tmp.resolve("fill.js"), FILL);
        Path later = Files.writeString(tmp.resolve("later.js"), LATER);
        String expected = run(null, later);
        run(cache, fill);
        
        try (var entries = Files.list(cache)) {
            assertTrue(entries.count() > 10, "the writer stored the runtime's compiled functions");
        }
        assertTrue(Files.exists(cache.resolve(RuntimeCodeCache.WRITER)), "the first process is the writer");
        assertEquals(expected, run(cache, later), "a later process, from the cache");
    }

    @Test
    void entriesListedByATrainingRunAreReadAheadAndABrokenOneIsCompiledAgain() throws Exception {
        Path cache = tmp.resolve("cache");
        Path fill = Files.writeString(tmp.resolve("fill.js"), FILL);
        Path later = Files.writeString(tmp.resolve("later.js"), LATER);
        String expected = run(null, later);
        run(cache, fill);
        run(cache, later, "-D" + RuntimeCodeCache.RECORD_PROPERTY + "=" + ReadAhead.BOOT);
        run(cache, fill, "-D" + RuntimeCodeCache.RECORD_PROPERTY + "=" + ReadAhead.ORDER);
        List<String> boot = Files.readAllLines(cache.resolve(ReadAhead.BOOT));
        assertTrue(boot.size() > 10, "the recording run listed what it loaded: " + boot);
        for (String name : boot) {
            assertTrue(Files.isRegularFile(cache.resolve(name)), name + " is an entry");
        }
        List<String> order = Files.readAllLines(cache.resolve(ReadAhead.ORDER));
        assertTrue(order.size() > 10 && !order.equals(boot), "the second recording listed its own loads: " + order);
        assertEquals(expected, run(cache, later), "a later process, reading ahead");
        assertEquals(run(null, fill), run(cache, fill), "the filling program too");

        Files.writeString(cache.resolve(boot.get(boot.size() / 2)), "not an entry");
        assertEquals(expected, run(cache, later), "a broken entry among those read ahead is compiled again");
    }

    /** stdout, then stderr, then the exit code of one process running {@code script}. */
    private static String run(Path cache, Path script, String... properties) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        if (cache != null) {
            command.add("-D" + RuntimeCodeCache.PROPERTY + "=" + cache);
        }
        command.addAll(List.of(properties));
        command.add(RunMain.class.getName());
        command.add(script.toString());
        Path errFile = Files.createTempFile(script.getParent(), "stderr", ".txt");
        Process p = new ProcessBuilder(command).directory(script.getParent().toFile())
                .redirectError(errFile.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ended");
        return new String(out, StandardCharsets.UTF_8) + "\n--stderr--\n" + Files.readString(errFile)
                + "\n--exit " + p.exitValue();
    }
}
