package looplab.shell.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import looplab.engine.js.ScriptSource;
import looplab.engine.node.NodeRuntime;
import looplab.engine.node.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code looplab run FILE [args…]} and {@code looplab run -e CODE [args…]}, like {@code node}. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a script like `node FILE`, printing a phase-annotated trace beside its output.",
            "",
            "Trace legend (--trace=text): each output line starts with the SOURCE that printed it —",
            "  main       the script itself (and 'exit'/'beforeExit' listeners)",
            "  nextTick   a process.nextTick callback",
            "  microtask  a promise job, queueMicrotask, or code after an await",
            "  timers     a setTimeout/setInterval callback",
            "  poll       an I/O completion (fs, thread-pool work)",
            "  check      a setImmediate callback",
            "  close      a close callback",
            "written SOURCE@PHASE when it ran in another phase (a nextTick drained after a timer:",
            "nextTick@timers). '── loop N · PHASE' marks each phase that had work; '▸' heads each",
            "callback with the API that scheduled it and the line it came from; '⚠ race' marks an",
            "order Node does not guarantee; '²' marks stderr."
        })
public final class RunCommand implements Callable<Integer> {

    @Option(names = "-e", paramLabel = "CODE", description = "Run CODE instead of a file (its name is [eval]).")
    String eval;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The script to run.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for process.argv.")
    List<String> args = new ArrayList<>();

    @Mixin
    TraceOptions traceOptions;

    @Override
    public Integer call() throws IOException {
        if (eval == null && file == null) {
            System.err.println("looplab run: give a FILE to run, or -e CODE. Try 'looplab run --help'.");
            return ExitCode.USAGE.code;
        }
        Path cwd = Path.of("").toAbsolutePath();
        ScriptSource source;
        List<String> argv = new ArrayList<>();
        argv.add(nodeExecPath());
        List<String> scriptArgs = new ArrayList<>(args);
        if (eval != null) {
            if (file != null) {
                scriptArgs.add(0, file);
            }
            source = new ScriptSource("[eval]", eval, cwd.resolve("[eval]").toString());
        } else {
            Path path = cwd.resolve(file).normalize();
            String code;
            try {
                // As Node reads a script: bytes that are not UTF-8 become U+FFFD (a binary file is
                // then a SyntaxError, not an I/O failure).
                code = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
                return cannotFindModule(path);
            } catch (IOException e) {
                if (Files.isDirectory(path)) {
                    return cannotFindModule(path);
                }
                throw e;
            }
            source = new ScriptSource(file, code, path.toString());
            argv.add(path.toString());
        }
        argv.addAll(scriptArgs);
        // Modern syntax is lowered on the second core while the first makes the engine.
        looplab.engine.js.JsRuntime.lowerAhead(source);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        RunOptions options = traceOptions.apply(RunOptions.defaults(out, err), out)
                .withArgv(argv)
                .withEnv(environment());
        NodeRuntime runtime = new NodeRuntime(options);
        runtime.onUnresponsive(message -> {
            out.flush();
            err.println(message);
            err.flush();
            Runtime.getRuntime().halt(ExitCode.TIMEOUT.code);
        });
        int code = runtime.run(source);
        out.flush();
        return code;
    }

    /** Node's message and exit code for a missing main module. */
    private static int cannotFindModule(Path path) {
        System.err.println("Error: Cannot find module '" + path + "'");
        System.err.println("{");
        System.err.println("  code: 'MODULE_NOT_FOUND',");
        System.err.println("  requireStack: []");
        System.err.println("}");
        return ExitCode.FAILED.code;
    }

    private static String nodeExecPath() {
        String home = System.getProperty("looplab.home");
        return home == null ? "/usr/local/bin/node" : Path.of(home, "bin", "looplab").toString();
    }

    private static Map<String, String> environment() {
        return new HashMap<>(System.getenv());
    }
}
