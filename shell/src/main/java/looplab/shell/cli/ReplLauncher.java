package looplab.shell.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import looplab.engine.node.RunOptions;
import looplab.engine.trace.TextStyle;
import looplab.shell.repl.EarlyPrompt;
import looplab.shell.repl.JLineConsole;
import looplab.shell.repl.Repl;
import looplab.shell.repl.StartupLog;

/** Opens the user's terminal and runs the REPL on it. */
final class ReplLauncher {
    private ReplLauncher() {
    }

    static int run(String traceMode, boolean realClock) throws java.io.IOException {
        // The prompt first (JLine and the engine take several times the JVM's start to be ready);
        // what is typed at it waits in the tty until JLine reads it.
        EarlyPrompt early = EarlyPrompt.show("> ");
        StartupLog.mark("early prompt");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        RunOptions options = RunOptions.defaults(out, System.err)
                .withArgv(List.of("/usr/local/bin/node"))
                .withEnv(new HashMap<>(System.getenv()));
        try (JLineConsole console = JLineConsole.system(historyFile(), early)) {
            TextStyle style = console.colors() ? AnsiStyle.always() : TextStyle.PLAIN;
            Repl repl = new Repl(console, options, style, realClock);
            repl.setTraceMode(traceMode);
            return repl.run();
        }
    }

    /**
     * The class-data training run's REPL: a few inputs through the real reader, highlighter and
     * session over streams, so that the archive bin/looplab makes holds the classes a first
     * prompt needs. (The system terminal is left alone: the training run may have the user's tty
     * as its stdin.) Output goes nowhere.
     */
    static void train() {
        EarlyPrompt.train();
        byte[] typed = "let a = [1, 2]\nfunction f() {\n  return a\n}\nf()\nsetTimeout(() => 1, 1)\n.exit\n"
                .getBytes(StandardCharsets.UTF_8);
        java.io.OutputStream nowhere = java.io.OutputStream.nullOutputStream();
        RunOptions options = RunOptions.defaults(new PrintStream(nowhere), new PrintStream(nowhere))
                .withArgv(List.of("/usr/local/bin/node"));
        try (JLineConsole console = JLineConsole.overStreams(new java.io.ByteArrayInputStream(typed), nowhere, null, true)) {
            new Repl(console, options, AnsiStyle.always(), false).run();
        } catch (java.io.IOException | RuntimeException e) {
            // Training only decides what is archived; a failure here costs start-up time, nothing else.
        }
    }

    /** {@code ~/.looplab_history}, or under {@code $LOOPLAB_HOME} when it is set. */
    static Path historyFile() {
        String home = System.getenv("LOOPLAB_HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".looplab_history");
    }
}
