import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import looplab.engine.js.ScriptSource;
import looplab.engine.js.SharedEngine;
import looplab.engine.node.NodeRuntime;
import looplab.engine.node.RunOptions;

/**
 * test262 conformance of looplab against node, for the directories of issue 11.
 *
 * <pre>
 *   java -cp looplab.jar bench/test262/Test262.java TEST262_DIR OUT_DIR [options]
 *     --jobs N          tests run at once, in each engine (default 2)
 *     --timeout S       seconds per test (default 10)
 *     --filter REGEX    only the selected tests whose path matches
 *     --sample N        only every Nth selected test of each directory (a quick look)
 *     --node-rerun      run node again even if OUT_DIR/node.tsv has its results
 *     --looplab-only / --node-only
 * </pre>
 *
 * Selection: the directories in {@link #DIRS}, every {@code *.js} but {@code _FIXTURE} files;
 * {@code flags: [module]} tests are skipped (a test runs as a main script, as {@code node FILE}
 * runs it), tests whose {@code features} name one looplab declares unsupported
 * ({@link #UNSUPPORTED}) are excluded and counted per feature.
 *
 * <p>Each test becomes one file, the same for both engines: a prelude line (a no-op {@code unhandledRejection} listener, which is what node's
 * {@code --unhandled-rejections=warn}, passed to node as well, means for a test's outcome),
 * then, unless {@code raw}, {@code print} (console.log), {@code assert.js}, {@code sta.js}, {@code doneprintHandle.js}
 * for {@code async} tests and the test's {@code includes}, then the test. {@code onlyStrict}
 * puts {@code "use strict";} first; tests with neither strict flag run once, non-strict.
 * A test passes when the run exits 0 (and, if {@code async}, printed
 * {@code Test262:AsyncTestComplete} and no failure); a {@code negative} test passes when the
 * run fails with its error type named on stderr (and not with looplab's "does not support").
 *
 * <p>looplab runs in-process, each test in a fresh global of one warm {@link SharedEngine}
 * ({@code new NodeRuntime(options, shared)}) with a per-test timeout; node runs as one
 * process per test, {@code --jobs} at a time. Results: {@code OUT_DIR/node.tsv},
 * {@code OUT_DIR/looplab.tsv} (status, reason, path), and the table on stdout.
 */
public class Test262 {
    static final List<String> DIRS = List.of(
            "built-ins/Promise", "language/expressions/await", "language/expressions/async-function",
            "language/statements/async-function", "language/expressions/async-arrow-function",
            "language/statements/class", "language/expressions/class",
            "language/expressions/template-literal", "language/statements/for-of",
            "language/rest-parameters", "built-ins/Object/assign", "built-ins/String/prototype/includes");

    /** Features looplab declares unsupported, with why. */
    static final Map<String, String> UNSUPPORTED = new LinkedHashMap<>();

    static {
        // Private names (#x, since 28b1ae5: PrivateNames) and static blocks are supported.
        UNSUPPORTED.put("decorators", "decorators: not in Node 20 either");
        UNSUPPORTED.put("BigInt", "Nashorn has no BigInt");
        UNSUPPORTED.put("Proxy", "Nashorn has no Proxy");
        UNSUPPORTED.put("WeakRef", "Nashorn has no WeakRef");
        UNSUPPORTED.put("FinalizationRegistry", "Nashorn has no FinalizationRegistry");
        UNSUPPORTED.put("SharedArrayBuffer", "Nashorn has no SharedArrayBuffer");
        UNSUPPORTED.put("Atomics", "Nashorn has no Atomics");
        UNSUPPORTED.put("resizable-arraybuffer", "Nashorn's ArrayBuffer is not resizable");
        UNSUPPORTED.put("cross-realm", "needs $262.createRealm, which neither host has");
        UNSUPPORTED.put("regexp-lookbehind", "Closure does not lower regular expression lookbehind");
        UNSUPPORTED.put("regexp-named-groups", "Closure does not lower regular expression named groups");
        UNSUPPORTED.put("explicit-resource-management", "using declarations: not in Node 20 either");
        UNSUPPORTED.put("await-dictionary", "proposal: not in Node 20 either");
        UNSUPPORTED.put("promise-try", "Promise.try: not in Node 20 either");
    }

    static final Pattern META = Pattern.compile("/\\*---(.*?)---\\*/", Pattern.DOTALL);

    record Test(String path, String dir, Set<String> flags, List<String> includes, List<String> features,
                String negativePhase, String negativeType) {
        boolean async() {
            return flags.contains("async");
        }
    }

    record Result(boolean pass, String reason) {
        String line(String path) {
            return (pass ? "PASS" : "FAIL") + "\t" + reason.replace('\t', ' ').replace('\n', ' ') + "\t" + path;
        }
    }

    static Path root;
    static int jobs = 2;
    static int timeoutSeconds = 10;
    static final Map<String, String> harnessCache = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Test262.java TEST262_DIR OUT_DIR [--jobs N] [--timeout S] [--filter REGEX]"
                    + " [--node-rerun] [--looplab-only|--node-only]");
            System.exit(2);
        }
        root = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Pattern filter = null;
        boolean nodeRerun = false;
        int sample = 1;
        boolean runNode = true;
        boolean runLooplab = true;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--jobs" -> jobs = Integer.parseInt(args[++i]);
                case "--timeout" -> timeoutSeconds = Integer.parseInt(args[++i]);
                case "--filter" -> filter = Pattern.compile(args[++i]);
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                case "--node-rerun" -> nodeRerun = true;
                case "--looplab-only" -> runNode = false;
                case "--node-only" -> runLooplab = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<String, Integer> excluded = new TreeMap<>();
        int[] modules = {0};
        int[] excludedTests = {0};
        List<Test> tests = select(excluded, modules, excludedTests);
        if (filter != null) {
            Pattern f = filter;
            tests.removeIf(t -> !f.matcher(t.path).find());
        }
        if (sample > 1) {
            Map<String, Integer> seen = new HashMap<>();
            int every = sample;
            tests.removeIf(t -> seen.merge(t.dir, 1, Integer::sum) % every != 1);
        }
        System.err.printf("test262: %d tests selected (%d module tests skipped, %d excluded by features)%n",
                tests.size(), modules[0], excludedTests[0]);

        Path nodeFile = out.resolve("node.tsv");
        Map<String, Result> node = load(nodeFile);
        if (runNode) {
            List<Test> todo = new ArrayList<>();
            for (Test t : tests) {
                if (nodeRerun || !node.containsKey(t.path)) {
                    todo.add(t);
                }
            }
            if (!todo.isEmpty()) {
                long start = System.nanoTime();
                Path tmp = Files.createTempDirectory("t262-node");
                node.putAll(runAll(todo, t -> runNode(t, tmp), out.resolve("node.partial")));
                System.err.printf("node: %d tests in %.1f s%n", todo.size(), (System.nanoTime() - start) / 1e9);
                save(nodeFile, node);
            }
        }
        Map<String, Result> looplab = load(out.resolve("looplab.tsv"));
        if (runLooplab) {
            long start = System.nanoTime();
            SharedEngine shared = new SharedEngine();
            Map<String, Result> fresh = runAll(tests, t -> runLooplab(t, shared), out.resolve("looplab.partial"));
            looplab.putAll(fresh);
            System.err.printf("looplab: %d tests in %.1f s%n", tests.size(), (System.nanoTime() - start) / 1e9);
            save(out.resolve("looplab.tsv"), looplab);
        }
        report(tests, node, looplab, excluded, modules[0], excludedTests[0]);
    }

    // ---------------------------------------------------------------- selection

    static List<Test> select(Map<String, Integer> excluded, int[] modules, int[] excludedTests) throws IOException {
        List<Test> tests = new ArrayList<>();
        for (String dir : DIRS) {
            Path d = root.resolve("test").resolve(dir);
            if (!Files.isDirectory(d)) {
                throw new IOException("no directory " + d + " (is " + root + " a test262 checkout?)");
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(d)) {
                files = s.filter(p -> p.toString().endsWith(".js") && !p.toString().contains("_FIXTURE"))
                        .sorted().toList();
            }
            for (Path p : files) {
                Test t = parse(root.relativize(p).toString(), dir, Files.readString(p));
                if (t.flags.contains("module")) {
                    modules[0]++;
                    continue;
                }
                boolean out = false;
                for (String f : t.features) {
                    if (UNSUPPORTED.containsKey(f)) {
                        excluded.merge(f, 1, Integer::sum);
                        out = true;
                    }
                }
                if (out) {
                    excludedTests[0]++;
                } else {
                    tests.add(t);
                }
            }
        }
        return tests;
    }

    static Test parse(String path, String dir, String source) {
        Matcher m = META.matcher(source);
        String meta = m.find() ? m.group(1) : "";
        Set<String> flags = Set.copyOf(list(meta, "flags"));
        String negPhase = null;
        String negType = null;
        Matcher neg = Pattern.compile("negative:\\s*\\n((?:[ \\t]+\\w+:.*\\n?)+)").matcher(meta);
        if (neg.find()) {
            Matcher phase = Pattern.compile("phase:\\s*(\\w+)").matcher(neg.group(1));
            Matcher type = Pattern.compile("type:\\s*(\\w+)").matcher(neg.group(1));
            negPhase = phase.find() ? phase.group(1) : null;
            negType = type.find() ? type.group(1) : null;
        }
        return new Test(path, dir, flags, list(meta, "includes"), list(meta, "features"), negPhase, negType);
    }

    /** A YAML list in flow ({@code key: [a, b]}) or block ({@code key:\n  - a}) style. */
    static List<String> list(String meta, String key) {
        List<String> out = new ArrayList<>();
        Matcher flow = Pattern.compile("(?m)^" + key + ":\\s*\\[([^\\]]*)\\]").matcher(meta);
        if (flow.find()) {
            for (String x : flow.group(1).split(",")) {
                if (!x.isBlank()) {
                    out.add(x.trim());
                }
            }
            return out;
        }
        Matcher block = Pattern.compile("(?m)^" + key + ":\\s*\\n((?:[ \\t]+-.*\\n?)+)").matcher(meta);
        if (block.find()) {
            for (String l : block.group(1).split("\n")) {
                String t = l.trim();
                if (t.startsWith("-")) {
                    out.add(t.substring(1).trim());
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- running

    static String harness(String name) {
        return harnessCache.computeIfAbsent(name, n -> {
            try {
                return Files.readString(root.resolve("harness").resolve(n));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The file both engines run. The harness goes in as one string evaluated by an indirect
     * eval: its functions become globals, as in a test262 script, and it is compiled as it is
     * (it is ES5, but for promiseHelper.js's const/arrows, which Nashorn's ES6 mode runs),
     * so looplab lowers only the test's own text, as it would a user's file (lowering the
     * harness with every class test cost 4x the test's own lowering).
     */
    static String compose(Test t) throws IOException {
        StringBuilder src = new StringBuilder();
        if (t.flags.contains("onlyStrict")) {
            src.append("\"use strict\";\n");
        }
        String test = Files.readString(root.resolve(t.path));
        if (t.flags.contains("raw")) {
            return src.append(test).toString();
        }
        src.append("process.on('unhandledRejection', function () {});\n");
        List<String> h = new ArrayList<>(List.of("assert.js", "sta.js"));
        if (t.async()) {
            h.add("doneprintHandle.js");
        }
        for (String i : t.includes) {
            if (!h.contains(i)) {
                h.add(i);
            }
        }
        StringBuilder harness = new StringBuilder("function print() { console.log.apply(console, arguments); }\n");
        for (String x : h) {
            harness.append(harness(x)).append('\n');
        }
        src.append("(0, eval)(").append(quote(harness)).append(");\n");
        return src.append(test).toString();
    }

    static String quote(CharSequence s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || c > 0x7e) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    static Result verdict(Test t, int exit, String stdout, String stderr) {
        if (t.negativePhase != null) {
            boolean named = stderr.contains(t.negativeType) && !stderr.contains("looplab does not support");
            return exit != 0 && named ? new Result(true, "")
                    : new Result(false, "negative(" + t.negativePhase + " " + t.negativeType + ") exit=" + exit
                    + " " + firstErrorLine(stderr));
        }
        if (exit != 0) {
            return new Result(false, "exit=" + exit + " " + firstErrorLine(stderr));
        }
        if (t.async()) {
            if (stdout.contains("Test262:AsyncTestFailure")) {
                int i = stdout.indexOf("Test262:AsyncTestFailure");
                return new Result(false, "async " + stdout.substring(i, Math.min(stdout.length(), i + 200)).split("\n")[0]);
            }
            if (!stdout.contains("Test262:AsyncTestComplete")) {
                return new Result(false, "async: $DONE never called");
            }
        }
        return new Result(true, "");
    }

    static String firstErrorLine(String s) {
        String[] lines = s.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.matches(".*(Error|Test262|does not support|timeout|Timeout).*") && !l.trim().startsWith("at ")) {
                if (l.endsWith("{")) {   // an inspected error object: its message is on the next lines
                    for (int j = i + 1; j < lines.length && j < i + 4 && !lines[j].startsWith("}"); j++) {
                        l += " " + lines[j].trim();
                    }
                }
                return l.length() > 200 ? l.substring(0, 200) : l;
            }
        }
        String first = s.split("\n", 2)[0];
        return first.length() > 200 ? first.substring(0, 200) : first;
    }

    static Result runNode(Test t, Path tmp) throws Exception {
        Path file = tmp.resolve(t.path.replace('/', '_'));
        Files.writeString(file, compose(t));
        Path outFile = tmp.resolve(file.getFileName() + ".out");
        Path errFile = tmp.resolve(file.getFileName() + ".err");
        Process p = new ProcessBuilder("node", "--unhandled-rejections=warn", file.toString())
                .redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Result(false, "timeout");
            }
            return verdict(t, p.exitValue(), Files.readString(outFile), Files.readString(errFile));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    static Result runLooplab(Test t, SharedEngine shared) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8);
        String abs = root.resolve(t.path).toString();
        RunOptions opts = RunOptions.defaults(po, pe).withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withArgv(List.of("node", abs)).withOutputLimit(1 << 20);
        int exit = new NodeRuntime(opts, shared).run(new ScriptSource(abs, compose(t), abs));
        if (exit == 124) {
            return new Result(false, "timeout");
        }
        return verdict(t, exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    interface Runner {
        Result run(Test t) throws Exception;
    }

    /** Where each result is written as it comes (OUT_DIR/ENGINE.partial), for watching a long run. */
    static PrintWriter progress;

    static Map<String, Result> runAll(List<Test> tests, Runner runner, Path partial) throws Exception {
        progress = new PrintWriter(Files.newBufferedWriter(partial));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Map<String, Result> results = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < jobs; w++) {
            // Nashorn's compiler and deeply nested tests want a deep stack.
            Thread th = new Thread(null, () -> {
                for (int i; (i = next.getAndIncrement()) < tests.size(); ) {
                    Test t = tests.get(i);
                    Result r;
                    try {
                        r = runner.run(t);
                    } catch (Throwable x) {
                        r = new Result(false, "internal " + x);
                    }
                    results.put(t.path, r);
                    if (progress != null) {
                        synchronized (progress) {
                            progress.println(r.line(t.path));
                            progress.flush();
                        }
                    }
                    int n = done.incrementAndGet();
                    if (n % 500 == 0) {
                        System.err.printf("  %d/%d%n", n, tests.size());
                    }
                }
            }, "t262-" + w, 64L << 20);
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        progress.close();
        progress = null;
        return results;
    }

    static Map<String, Result> load(Path file) throws IOException {
        Map<String, Result> m = new HashMap<>();
        if (Files.exists(file)) {
            for (String l : Files.readAllLines(file)) {
                String[] f = l.split("\t", 3);
                if (f.length == 3) {
                    m.put(f[2], new Result(f[0].equals("PASS"), f[1]));
                }
            }
        }
        return m;
    }

    static void save(Path file, Map<String, Result> results) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            new TreeMap<>(results).forEach((path, r) -> w.println(r.line(path)));
        }
    }

    // ---------------------------------------------------------------- report

    static void report(List<Test> tests, Map<String, Result> node, Map<String, Result> looplab,
                       Map<String, Integer> excluded, int modules, int excludedTests) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (String d : DIRS) {
            rows.put(d, new int[4]);
        }
        int[] total = new int[4];
        for (Test t : tests) {
            Result n = node.get(t.path);
            Result l = looplab.get(t.path);
            if (n == null || l == null) {
                continue;
            }
            for (int[] a : new int[][] {rows.get(t.dir), total}) {
                a[0]++;
                a[1] += n.pass ? 1 : 0;
                a[2] += l.pass ? 1 : 0;
                a[3] += n.pass && l.pass ? 1 : 0;
            }
        }
        System.out.printf("%-42s %6s %6s %8s %14s%n", "directory", "n", "node", "looplab", "(l∧n)/node");
        rows.forEach((d, a) -> row(d, a));
        row("total", total);
        System.out.printf("%nskipped: %d module tests; excluded: %d tests naming a feature looplab declares unsupported:%n",
                modules, excludedTests);
        excluded.forEach((f, n) -> System.out.printf("  %-32s %5d  (%s)%n", f, n, UNSUPPORTED.get(f)));
    }

    static void row(String d, int[] a) {
        System.out.printf("%-42s %6d %6d %8d %13.1f%%%n", d, a[0], a[1], a[2], a[1] == 0 ? 100.0 : 100.0 * a[3] / a[1]);
    }
}
