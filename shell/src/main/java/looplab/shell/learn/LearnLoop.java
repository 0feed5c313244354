package looplab.shell.learn;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import looplab.engine.trace.TextStyle;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.LessonPack;
import looplab.lessons.run.SnippetRunner;
import looplab.lessons.tutor.LessonSession;
import looplab.lessons.tutor.LooplabHome;
import looplab.lessons.tutor.Menu;
import looplab.lessons.tutor.Progress;
import looplab.lessons.tutor.ProgressStore;
import looplab.lessons.tutor.Reply;

/**
 * {@code looplab learn}: the menu, then a lesson, read line by line from the console; back to the
 * menu when a lesson is finished, out when the learner quits. Every answer is saved as it is
 * given, so quitting at any point keeps the progress.
 */
public final class LearnLoop {
    /** The first screen: how to answer, how to get help, how to leave — for someone new to all this. */
    public static final String HOW_TO_ANSWER = "To answer a question, type the numbers of the lines in the order "
            + "you expect them (e.g. 3 1 2) and press Enter.\nType hint (or ?) for a hint, skip to skip a question, "
            + "q to quit (your progress is kept); Enter goes on.";

    private final LearnConsole console;
    private final LessonPack pack;
    private final LooplabHome home;
    private final Supplier<SnippetRunner> runner;
    private final LessonView view;

    /**
     * @param runner      runs the snippets; asked for when a lesson starts (it may still be warming up
     *                    while the menu is read)
     * @param colourStyle the styling to use when the console allows colours
     */
    public LearnLoop(LearnConsole console, LessonPack pack, LooplabHome home, Supplier<SnippetRunner> runner,
                     TextStyle colourStyle) {
        this.console = console;
        this.pack = pack;
        this.home = home;
        this.runner = runner;
        this.view = new LessonView(console::println, colourStyle, console.colors());
    }

    /** The menu, or {@code start} right away; returns the exit code. */
    public int run(Lesson start) {
        ProgressStore store = new ProgressStore(home);
        ProgressStore.Loaded loaded = store.load();
        if (loaded.warning() != null) {
            view.show(new Reply.Warning(loaded.warning()));
        }
        Progress progress = loaded.progress();
        console.println("looplab learn · when Node.js runs each piece of your code, one lesson at a time");
        for (String line : HOW_TO_ANSWER.split("\n")) {
            console.println(line);
        }
        if (start != null) {
            walk(start, progress, store);
            return 0;
        }
        while (true) {
            console.println("");
            List<Menu.Entry> entries = Menu.entries(pack, progress);
            view.menu(entries);
            Optional<Menu.Entry> next = Menu.suggested(entries);
            String choice = console.readLine("Lesson number or id" + next.map(e -> " (Enter: " + e.number() + ")")
                    .orElse("") + ", q to quit > ");
            if (choice == null || isQuit(choice)) {
                return 0;
            }
            Optional<Lesson> lesson = choice.isBlank() ? next.map(Menu.Entry::lesson) : Menu.pick(pack, choice);
            if (lesson.isEmpty()) {
                console.println(choice.isBlank() ? "Every lesson is done. Pick one to do again, or q to quit."
                        : "There is no lesson '" + choice.strip() + "'. Type a number from 1 to " + entries.size()
                                + ", or one of: " + Menu.ids(pack) + ".");
                continue;
            }
            if (!walk(lesson.get(), progress, store)) {
                return 0;
            }
        }
    }

    /** One lesson; {@code true} when it was finished, {@code false} when the learner left. */
    private boolean walk(Lesson lesson, Progress progress, ProgressStore store) {
        LessonSession session = new LessonSession(lesson, progress, store, runner.get(), home);
        view.show(session.start());
        while (true) {
            String line = console.readLine(LessonView.prompt(session));
            if (line == null) {
                left(store);
                return false;
            }
            List<Reply> replies = session.handle(line);
            view.show(replies);
            for (Reply r : replies) {
                if (r instanceof Reply.Quit) {
                    left(store);
                    return false;
                }
                if (r instanceof Reply.Finished) {
                    return true;
                }
            }
        }
    }

    private void left(ProgressStore store) {
        console.println("");
        console.println("Progress saved in " + store.file() + ". Run looplab learn to go on where you stopped.");
    }

    private static boolean isQuit(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.equals("q") || t.equals("quit") || t.equals("exit");
    }
}
