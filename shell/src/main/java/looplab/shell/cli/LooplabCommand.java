package looplab.shell.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code looplab}: the top-level command; its subcommands each live in their own class. */
@Command(name = "looplab",
        mixinStandardHelpOptions = true,
        versionProvider = LooplabCommand.Version.class,
        description = {
            "A teaching REPL and script runner that shows when Node.js runs each piece of your code.",
            "It runs JavaScript on a Java event loop modelled on libuv, and prints each line with "
                + "the phase or queue that ran it. With no COMMAND: the REPL (stdin not a terminal: "
                + "stdin run as one script, like node)."
        },
        subcommands = {RunCommand.class, LessonsCommand.class, LearnCommand.class, CheckCommand.class, GradeCommand.class},
        footer = {
            "",
            "Exit codes: the script's own code; 1 uncaught error or failed check;",
            "2 usage error or malformed lesson/exercise file; 3 grade could not grade",
            "a submission; 124 --timeout expired."
        })
public final class LooplabCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Mixin
    TraceOptions traceOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** No subcommand: the REPL at a terminal, else stdin run as one script, as {@code node} does. */
    @Override
    public Integer call() throws java.io.IOException {
        if (System.console() == null) {
            return StdinScript.run(traceOptions);
        }
        boolean realClock = !spec.commandLine().getParseResult().hasMatchedOption("--clock")
                || traceOptions.clock == TraceOptions.ClockKind.real;
        return ReplLauncher.run(traceOptions.trace.name(), realClock);
    }

    /** Builds the command line with looplab's conventions (usage errors exit 2). */
    public static int execute(String[] args) {
        if (args.length == 0 && (looplab.shell.repl.EarlyPrompt.quietedByLauncher() || System.console() != null)) {
            // The REPL with no options: straight to the prompt. picocli's classes are Java 5
            // bytecode, which the class-data archive cannot hold, and loading them cost about
            // as long as the JVM's own start; a bare `looplab` has nothing for it to parse.
            // (bin/looplab has checked for a terminal already: System.console() costs the first
            // prompt its java.io.Console, Formatter and regular-expression classes, and the first
            // lambdas of the run.)
            try {
                return ReplLauncher.run(TraceOptions.Trace.text.name(), true);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                System.err.println("looplab: cannot open the terminal: " + e.getMessage());
                return ExitCode.FAILED.code;
            }
        }
        CommandLine cli = new CommandLine(new LooplabCommand());
        cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code);
        cli.setParameterExceptionHandler((ex, argv) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("looplab: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE.code;
        });
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                internalError(ex, debug, commandLine.getErr()));
        return cli.execute(args);
    }

    /** looplab's own failure, never the script's: say so without a Java stack trace. */
    static int internalError(Exception ex, boolean debug, PrintWriter err) {
        err.println("looplab: internal error: " + ex
                + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.FAILED.code;
    }

    /** Loads the REPL's classes by driving it over streams (see {@link ReplLauncher#train}). */
    public static void trainRepl() {
        ReplLauncher.train();
    }

    /** {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"looplab " + looplab.engine.node.NodeRuntime.VERSION
                    + " (Node.js v20.20.2 semantics, libuv 1.46 phases, Nashorn 15.7, Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
