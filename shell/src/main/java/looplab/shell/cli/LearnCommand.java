package looplab.shell.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import looplab.lessons.format.LessonFormatException;
import looplab.lessons.format.PackLoader;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.LessonPack;
import looplab.lessons.run.SnippetRunner;
import looplab.lessons.tutor.LooplabHome;
import looplab.lessons.tutor.Menu;
import looplab.lessons.tutor.Progress;
import looplab.lessons.tutor.ProgressStore;
import looplab.shell.learn.LearnConsole;
import looplab.shell.learn.LearnLoop;
import looplab.shell.learn.PlainLearnConsole;
import looplab.shell.learn.TerminalLearnConsole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code looplab learn [ID] [--lessons DIR]}: the interactive lessons in the terminal. */
@Command(name = "learn",
        mixinStandardHelpOptions = true,
        description = {
            "Learn when Node.js runs each piece of your code, one short lesson at a time. No Node.js needed.",
            "",
            "Without ID: a menu of the lessons with your progress; pick one by number or id.",
            "Each lesson shows a little code; you predict the order of the lines it prints",
            "(answer with the numbers of the shuffled lines, e.g. 3 1 2), then see it run with",
            "the trace of which queue or loop phase printed each line, and why.",
            "At the prompt: hint (or ?) for a hint, skip to skip a question, q to quit, Enter to go on.",
            "",
            "Progress is saved in ~/.looplab/progress.json ($LOOPLAB_HOME/progress.json when set);",
            "scripts for the exercises where you write code go in ~/.looplab/work/."
        },
        footer = {
            "",
            "Examples:",
            "  looplab learn                      the menu",
            "  looplab learn call-stack           start (or go on with) one lesson",
            "  looplab learn --lessons my-pack    the built-in lessons plus a teacher's pack",
            "  looplab learn --reset              forget all progress (asks first)",
            "",
            "Exit codes: 0; 2 for a usage error (an unknown lesson, a malformed lesson file: FILE:LINE: problem)."
        })
public final class LearnCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID",
            description = "The lesson to start: its id, or its number in the menu.")
    String id;

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "Add a teacher's lesson pack: every *.md lesson file in DIR (see lessons/FORMAT.md).")
    Path lessons;

    @Option(names = "--reset", description = "Forget your progress: in every lesson, or in lesson ID only. "
            + "Asks first at a terminal. Your scripts in work/ are kept.")
    boolean reset;

    @Option(names = {"-y", "--yes"}, description = "With --reset: do not ask.")
    boolean yes;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        LooplabHome home = LooplabHome.fromEnvironment();
        if (reset && id == null) {
            return reset(home, null, out);
        }
        LessonPack pack;
        try {
            pack = pack();
        } catch (LessonFormatException e) {
            System.err.println(e.getMessage());
            return ExitCode.USAGE.code;
        }
        Lesson start = null;
        if (id != null) {
            start = Menu.pick(pack, id).orElse(null);
            if (start == null) {
                System.err.println("looplab learn: there is no lesson '" + id + "'. Lessons: " + Menu.ids(pack) + ".");
                return ExitCode.USAGE.code;
            }
        }
        if (reset) {
            return reset(home, start, out);
        }
        if (pack.lessons().isEmpty()) {
            System.err.println("looplab learn: no lessons in " + pack.name());
            return ExitCode.USAGE.code;
        }
        // One warm engine for every snippet, made while the learner reads the menu or the first step.
        CompletableFuture<SnippetRunner> runner = CompletableFuture.supplyAsync(SnippetRunner::warm)
                .exceptionally(e -> new SnippetRunner());
        try (LearnConsole console = console(out)) {
            return new LearnLoop(console, pack, home, runner::join, AnsiStyle.always()).run(start);
        }
    }

    /**
     * The built-in lessons, plus the teacher's (read first, so their mistakes are the ones
     * reported; when the built-in ones cannot be read, the teacher's alone, with a warning).
     */
    private LessonPack pack() throws LessonFormatException {
        if (lessons == null) {
            return PackLoader.builtin();
        }
        LessonPack teacher = PackLoader.directory(lessons);
        LessonPack builtin;
        try {
            builtin = PackLoader.builtin();
        } catch (LessonFormatException e) {
            System.err.println("looplab: " + e.getMessage() + " (going on with " + lessons + " only)");
            return teacher;
        }
        for (Lesson l : teacher.lessons()) {
            if (builtin.lesson(l.id()).isPresent()) {
                throw new LessonFormatException(l.source() == null ? lessons.toString() : l.source().toString(), 1,
                        "id '" + l.id() + "' is already used by a built-in lesson");
            }
        }
        return builtin.with(teacher);
    }

    private static LearnConsole console(PrintStream out) throws IOException {
        return System.console() != null ? TerminalLearnConsole.system() : new PlainLearnConsole(System.in, out);
    }

    private int reset(LooplabHome home, Lesson lesson, PrintStream out) throws IOException {
        ProgressStore store = new ProgressStore(home);
        Path file = store.file();
        if (!Files.exists(file)) {
            out.println("There is no progress to clear (" + file + ").");
            return ExitCode.OK.code;
        }
        String what = lesson == null ? "all lesson progress" : "your progress in " + lesson.id();
        if (!yes) {
            if (System.console() == null) {
                System.err.println("looplab learn --reset: not at a terminal, so not asking; add --yes to clear "
                        + what + " in " + file + ".");
                return ExitCode.USAGE.code;
            }
            String answer = System.console().readLine("Clear %s in %s? [y/N] ", what, file);
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                out.println("Nothing cleared.");
                return ExitCode.OK.code;
            }
        }
        if (lesson == null) {
            store.reset();
        } else {
            ProgressStore.Loaded loaded = store.load();
            if (loaded.warning() != null) {
                System.err.println("looplab: " + loaded.warning());
            }
            Progress progress = loaded.progress();
            progress.forget(lesson.id());
            store.save(progress);
        }
        out.println("Cleared " + what + " (" + file + "). Your scripts in " + home.dir().resolve("work")
                + " are kept.");
        return ExitCode.OK.code;
    }
}
