package looplab.shell.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code looplab run} without picocli, for the command lines a script run has in practice:
 * {@code run [--trace=M] [--clock=K] [--timeout=D] [--threadpool=N] [--root=DIR] [--debug]
 * (FILE | -e CODE) [ARGS…]}, each option also as {@code --name VALUE}. Building picocli's
 * model of every command costs a cold run about a tenth of its start-up (its classes are
 * Java 5 class files, which the class-data archive cannot hold, and the model is built by
 * reflection), which is why a plain run skips it.
 *
 * <p>Anything else — help, version, an unknown or malformed option, a value picocli would
 * reject, an option or {@code @file} among the script's arguments — returns {@code null}, and
 * picocli handles the command line as it always did, errors and all. What this path accepts,
 * it runs exactly as {@link RunCommand} would after picocli's parse.
 */
public final class RunFastPath {
    private RunFastPath() {
    }

    /** The exit code of the run, or {@code null} when picocli must handle these arguments. */
    public static Integer tryRun(String[] argv) {
        if (argv.length < 2 || !argv[0].equals("run")) {
            return null;
        }
        RunCommand run = new RunCommand();
        TraceOptions options = new TraceOptions();
        options.trace = TraceOptions.Trace.text;
        options.clock = TraceOptions.ClockKind.virtual;
        run.traceOptions = options;
        List<String> positional = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < argv.length; i++) {
            String arg = argv[i];
            if (arg.startsWith("@")) {
                return null; // picocli's argument files
            }
            if (!positional.isEmpty() || !arg.startsWith("-")) {
                if (arg.startsWith("-")) {
                    return null; // an option after the file: picocli's call
                }
                positional.add(arg);
                continue;
            }
            if (arg.equals("--debug")) {
                if (!seen.add(arg)) {
                    return null;
                }
                options.debug = true;
                continue;
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < argv.length) {
                value = argv[++i];
                if (value.startsWith("-") || value.startsWith("@")) {
                    return null;
                }
            } else {
                return null;
            }
            if (!seen.add(name) || !apply(run, options, name, value)) {
                return null;
            }
        }
        if (positional.isEmpty() && run.eval == null) {
            return null; // picocli's message for a run with nothing to run
        }
        if (!positional.isEmpty()) {
            run.file = positional.get(0);
            run.args = new ArrayList<>(positional.subList(1, positional.size()));
        }
        try {
            return run.call();
        } catch (Exception e) {
            return LooplabCommand.internalError(e, options.debug, new PrintWriter(System.err, true));
        }
    }

    /** The constant spelled exactly {@code value} (as picocli matches it), or {@code null}. */
    private static <E extends Enum<E>> E named(E[] constants, String value) {
        for (E e : constants) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    /** One option and its value; {@code false} when picocli should see it (unknown or invalid). */
    private static boolean apply(RunCommand run, TraceOptions o, String name, String value) {
        switch (name) {
            case "-e":
                run.eval = value;
                return true;
            case "--trace":
                o.trace = named(TraceOptions.Trace.values(), value);
                return o.trace != null;
            case "--clock":
                o.clock = named(TraceOptions.ClockKind.values(), value);
                return o.clock != null;
            case "--timeout":
                try {
                    Duration d = new DurationConverter().convert(value);
                    o.timeout = d;
                    return true;
                } catch (RuntimeException invalid) {
                    return false;
                }
            case "--threadpool":
                try {
                    int n = Integer.parseInt(value);
                    if (n < 1 || n > 1024) {
                        return false;
                    }
                    o.threadpool = n;
                    return true;
                } catch (NumberFormatException invalid) {
                    return false;
                }
            case "--root":
                try {
                    Path root = Path.of(value);
                    if (!Files.isDirectory(root)) {
                        return false;
                    }
                    o.root = root;
                    return true;
                } catch (RuntimeException invalid) {
                    return false;
                }
            default:
                return false;
        }
    }
}
