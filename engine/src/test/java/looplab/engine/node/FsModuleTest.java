package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import looplab.engine.js.ScriptSource;
import looplab.engine.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fs, require and the thread pool against real files in a temporary directory. The expected
 * outputs ({@code fs/NAME.expected.txt}) were recorded from Node 20 running the same scripts.
 */
class FsModuleTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fs");

    @TempDir
    Path dir;

    record Run(int code, String out, String err, List<TraceEvent> events) {}

    static Run run(Path cwd, String name, String code, UnaryOperator<RunOptions> tweak) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<TraceEvent> events = new ArrayList<>();
        Path file = cwd.resolve(name);
        RunOptions options = RunOptions.defaults(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .withArgv(List.of("node", file.toString()))
                .withCwd(cwd)
                .withSink(events::add, false)
                .withTimeout(java.time.Duration.ofSeconds(60));
        int exit = new NodeRuntime(tweak.apply(options)).run(new ScriptSource(name, code, file.toString()));
        // With a trace on, the program's output travels in output events.
        StringBuilder stdout = new StringBuilder(out.toString(StandardCharsets.UTF_8));
        StringBuilder stderr = new StringBuilder(err.toString(StandardCharsets.UTF_8));
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Output o) {
                (o.stream().equals("stdout") ? stdout : stderr).append(o.text()).append('\n');
            }
        }
        return new Run(exit, stdout.toString(), stderr.toString(), events);
    }

    private Run fixture(String name) throws IOException {
        copyTree(FIXTURES, dir);
        return run(dir, name + ".js", Files.readString(dir.resolve(name + ".js")), o -> o);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String expected(String name) throws IOException {
        return Files.readString(FIXTURES.resolve(name + ".expected.txt"));
    }

    @Test
    void callbackFormsWorkOnRealFiles() throws IOException {
        Run r = fixture("files");
        assertEquals(expected("files"), r.out, r.err);
        assertTrue(!Files.exists(dir.resolve("work")), "the script removed its directory");
    }

    @Test
    void errorsHaveNodesMessagesAndKeys() throws IOException {
        Run r = fixture("errors");
        assertEquals(expected("errors"), r.out, r.err);
    }

    @Test
    void requireLoadsRelativeFilesJsonAndCycles() throws IOException {
        Run r = fixture("mods");
        assertEquals(expected("mods"), r.out, r.err);
    }

    @Test
    void readFileIsFourPoolRoundTripsAndAStatIsOne() throws IOException {
        Files.writeString(dir.resolve("t.txt"), "x");
        Run r = run(dir, "turns.js", String.join("\n",
                "const fs = require('fs');",
                "fs.readFile('t.txt', () => console.log('readFile'));",
                "fs.stat('t.txt', () => console.log('stat'));",
                "let n = 0;",
                "function chain() { n++; console.log('immediate', n); if (n < 6) setImmediate(chain); }",
                "setImmediate(chain);"), o -> o);
        // Node's most common order: the stat (one trip) before the first immediate, readFile
        // (open, fstat, read, close) in the fourth turn, after the third immediate.
        assertEquals("stat\nimmediate 1\nimmediate 2\nimmediate 3\nreadFile\nimmediate 4\nimmediate 5\nimmediate 6\n", r.out);
        long races = r.events.stream().filter(e -> e instanceof TraceEvent.Race).count();
        assertEquals(2, races, "the stat and the readFile callback each race an immediate");
        long trips = r.events.stream().filter(e -> e instanceof TraceEvent.CallbackStarted c && c.api().equals("fs.readFile")).count();
        assertEquals(4, trips);
    }

    @Test
    void theOtherOrderOfAnIoRaceHoldsTheCompletionBackATurn() throws IOException {
        Run r = run(dir, "race.js", String.join("\n",
                "require('fs').readFile('missing', (err) => console.log(err.code));",
                "setImmediate(() => console.log('immediate'));"),
                o -> o.withRaces(new looplab.engine.loop.RaceChoices(List.of(false))));
        assertEquals("immediate\nENOENT\n", r.out);
        Run first = run(dir, "race.js", String.join("\n",
                "require('fs').readFile('missing', (err) => console.log(err.code));",
                "setImmediate(() => console.log('immediate'));"), o -> o);
        assertEquals("ENOENT\nimmediate\n", first.out);
    }

    @Test
    void syncFormsBlockAndPromisesResolveInPoll() throws IOException {
        Run r = run(dir, "sync.js", String.join("\n",
                "const fs = require('fs');",
                "setTimeout(() => console.log('timeout'), 0);",
                "fs.writeFileSync('a.txt', 'one\\ntwo\\n');",
                "console.log(fs.readFileSync('a.txt', 'utf8').split('\\n').length, fs.statSync('a.txt').size);",
                "fs.promises.readFile('a.txt', 'utf8').then((t) => console.log('promise', t.length));",
                "console.log(fs.existsSync('a.txt'), fs.existsSync('b.txt'));"), o -> o);
        assertEquals("3 8\ntrue false\ntimeout\npromise 8\n", r.out);
    }

    @Test
    void threadPoolSizeSetByTheScriptBeforeFirstUseCounts() throws IOException {
        Run r = run(dir, "size.js", String.join("\n",
                "process.env.UV_THREADPOOL_SIZE = '1';",
                "const fs = require('fs');",
                "for (let i = 0; i < 3; i++) fs.stat('.', () => {});"), o -> o);
        List<Integer> workers = r.events.stream()
                .filter(e -> e instanceof TraceEvent.CallbackStarted c && c.api().equals("fs.stat"))
                .map(e -> ((TraceEvent.CallbackStarted) e).worker()).distinct().toList();
        assertEquals(List.of(1), workers);
    }
}
