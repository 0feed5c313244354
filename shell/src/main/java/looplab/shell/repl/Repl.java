package looplab.shell.repl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import looplab.engine.node.ReplSession;
import looplab.engine.node.RunOptions;
import looplab.engine.trace.TextStyle;

/**
 * {@code looplab} at a terminal: read an input (the parser asks the engine's scanner whether it
 * is complete), evaluate it in the live session, show what it printed and what it came to.
 * Dot-commands are a table ({@link DotCommands}); presentation is {@link ReplPresenter}'s.
 */
public final class Repl {
    private final ReplConsole console;
    private final RunOptions options;
    private final ReplPresenter presenter;
    private final DotCommands commands = new DotCommands();
    private final ReplLessons lessons;
    private final List<String> inputs = new ArrayList<>();
    private volatile ReplSession session;
    private boolean realClock;

    public Repl(ReplConsole console, RunOptions options, TextStyle style, boolean realClock) {
        this.console = console;
        this.options = options;
        this.realClock = realClock;
        this.presenter = new ReplPresenter(console, style);
        this.lessons = new ReplLessons(presenter::say, style, console.colors());
        registerCommands();
        if (console instanceof JLineConsole jline) {
            jline.setCompleter(new JsCompleter(path -> session == null ? List.of() : session.complete(path),
                    commands.names()));
        }
    }

    private void registerCommands() {
        commands.register(".break", "", arg -> true);
        commands.register(".clear", "", arg -> reset());
        commands.register(".editor", "", arg -> editor());
        commands.register(".exit", "", arg -> false);
        commands.register(".help", "", arg -> say(commands.help()));
        commands.register(".load", "FILE", this::load);
        commands.register(".save", "FILE", this::save);
        commands.register(".trace", "off|text|verbose|json", this::trace);
        commands.register(".clock", "real|virtual", this::clock);
        commands.register(".queues", "", arg -> say(QueuesView.render(session.queues())));
        commands.register(".reset", "", arg -> reset());
        lessons.register(commands);
    }

    /** The lessons of {@code .lesson} (tests point them at their own pack and home). */
    ReplLessons lessons() {
        return lessons;
    }

    /** The starting {@code --trace} mode: off, text, verbose or json. */
    public void setTraceMode(String mode) {
        presenter.setMode(ReplPresenter.Mode.valueOf(mode));
    }

    /** The read loop; returns the exit code. */
    public int run() {
        startSession();
        console.onInterrupt(() -> session.interrupt());
        boolean warned = false;
        try {
            while (true) {
                String input;
                try {
                    input = lessons.awaitsAnswer() ? console.readAnswer(lessons.prompt("> "))
                            : console.readInput(lessons.prompt("> "));
                } catch (ReplConsole.Cancelled c) {
                    if (session.interruptBusyLoop() || !c.emptyLine) {
                        warned = false;
                        continue;
                    }
                    if (warned) {
                        return exit();
                    }
                    warned = true;
                    say("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
                    continue;
                }
                warned = false;
                if (input == null || !handle(input)) {
                    return exit();
                }
                if (session.ended().isDone()) {
                    return session.ended().join();
                }
            }
        } finally {
            session.close();
        }
    }

    /** One input: a dot-command or JavaScript. Returns {@code false} to end the REPL. */
    boolean handle(String input) {
        String t = input.strip();
        if (t.isEmpty()) {
            return true;
        }
        try {
            if (DotCommands.isCommandLine(t)) {
                return t.endsWith(".break") && t.contains("\n") || commands.run(t, presenter);
            }
        } catch (Exception e) {
            say("looplab: " + e.getMessage());
            return true;
        }
        if (lessons.takes(input)) {
            return true;
        }
        evaluate(input);
        return true;
    }

    /** How long 'exit' listeners may run after {@code .exit} before the REPL leaves anyway. */
    private static final int EXIT_GRACE_SECONDS = 15;

    /**
     * {@code .exit}, Ctrl-D, Ctrl-C twice: what Node's REPL does, {@code process.exit()}, so
     * 'exit' listeners run and their output shows. A program that has disabled
     * {@code process.exit} returns from it and the REPL leaves at once; 'exit' listeners that
     * never end are given {@link #EXIT_GRACE_SECONDS}. (Two seconds were too few on a busy
     * machine, where compiling and running the listeners took longer and their output was lost.)
     */
    private int exit() {
        if (!session.ended().isDone() && session.isReady()) {
            try {
                CompletableFuture.anyOf(session.eval("process.exit()"), session.ended()).get(EXIT_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                // fall through: leave anyway
            }
        }
        return session.ended().getNow(0);
    }

    private void evaluate(String code) {
        inputs.add(code);
        CompletableFuture<Void> done = session.eval(code);
        CompletableFuture.anyOf(done, session.ended()).join();
        StartupLog.mark("answered");
    }

    private void startSession() {
        StartupLog.mark("session start");
        session = ReplSession.start(options.withSink(presenter, false), realClock, console.colors(), presenter::echo);
        session.setVerbose(presenter.mode() == ReplPresenter.Mode.verbose);
    }

    private boolean say(String text) {
        presenter.say(text);
        return true;
    }

    // ---------------------------------------------------------------- commands

    private boolean reset() {
        session.close();
        startSession();
        return say("Clearing context...");
    }

    private boolean editor() throws ReplConsole.Cancelled {
        say("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)");
        StringBuilder code = new StringBuilder();
        String line;
        try {
            while ((line = console.readRawLine()) != null) {
                code.append(line).append('\n');
            }
        } catch (ReplConsole.Cancelled c) {
            return true;
        }
        if (!code.toString().isBlank()) {
            evaluate(code.toString());
        }
        return true;
    }

    private boolean load(String file) throws java.io.IOException {
        if (file.isEmpty()) {
            return say(".load FILE: which file?");
        }
        Path path = options.cwd().resolve(file);
        if (!Files.isRegularFile(path)) {
            return say("Failed to load: " + file);
        }
        evaluate(new String(Files.readAllBytes(path), StandardCharsets.UTF_8)); // lossy, as Node reads scripts
        return true;
    }

    private boolean save(String file) throws java.io.IOException {
        if (file.isEmpty()) {
            return say(".save FILE: which file?");
        }
        Files.writeString(options.cwd().resolve(file), String.join("\n", inputs) + "\n", StandardCharsets.UTF_8);
        return say("Session saved to: " + file);
    }

    private boolean trace(String mode) {
        try {
            presenter.setMode(ReplPresenter.Mode.valueOf(mode));
        } catch (IllegalArgumentException e) {
            return say("usage: .trace off|text|verbose|json (now " + presenter.mode() + ")");
        }
        session.setVerbose(presenter.mode() == ReplPresenter.Mode.verbose);
        return say("trace: " + mode);
    }

    private boolean clock(String kind) {
        if (!kind.equals("real") && !kind.equals("virtual")) {
            return say("usage: .clock real|virtual (now " + session.clockName() + ")");
        }
        realClock = kind.equals("real");
        session.setClock(realClock);
        return say("clock: " + kind + (realClock ? "" : " (idle waits are skipped)"));
    }
}
