package looplab.shell.repl;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import looplab.engine.trace.TextStyle;
import looplab.lessons.format.LessonFormatException;
import looplab.lessons.format.PackLoader;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.LessonPack;
import looplab.lessons.run.SnippetRunner;
import looplab.lessons.tutor.LessonSession;
import looplab.lessons.tutor.LooplabHome;
import looplab.lessons.tutor.Menu;
import looplab.lessons.tutor.Progress;
import looplab.lessons.tutor.ProgressStore;
import looplab.lessons.tutor.Reply;
import looplab.shell.learn.LessonView;

/**
 * A lesson inside the REPL: {@code .lesson [ID]}, {@code .hint}, {@code .next}. Its snippets run
 * on their own (never in the session's global); while a question is open the prompt reads the
 * prediction, otherwise the prompt is JavaScript as usual, so the learner can try things between
 * steps. Progress is the same file {@code looplab learn} keeps.
 */
final class ReplLessons {
    private final Consumer<String> say;
    private final LessonView view;
    private SnippetRunner runner;
    private volatile LessonPack pack;
    private volatile LooplabHome home = LooplabHome.fromEnvironment();
    private LessonSession session;
    private Progress progress;
    private ProgressStore store;

    ReplLessons(Consumer<String> say, TextStyle style, boolean colors) {
        this.say = say;
        this.view = new LessonView(say, style, colors);
    }

    void register(DotCommands commands) {
        commands.register(".lesson", "[ID|stop]", this::lesson);
        commands.register(".hint", "", arg -> send("hint"));
        commands.register(".next", "", arg -> send(""));
    }

    /** Another pack and home than the built-in lessons and {@code $LOOPLAB_HOME} (tests). */
    void use(LessonPack lessons, LooplabHome where) {
        this.pack = lessons;
        this.home = where;
    }

    /** The prompt: the lesson's while it waits for an answer, else {@code normal}. */
    String prompt(String normal) {
        LessonSession s = session;
        return s != null && s.awaitsAnswer() ? LessonView.prompt(s) : normal;
    }

    /** Whether the prompt reads an answer (a line as typed) rather than JavaScript. */
    boolean awaitsAnswer() {
        LessonSession s = session;
        return s != null && s.awaitsAnswer();
    }

    /** Takes {@code input} as an answer when a question is open; {@code false}: it is JavaScript. */
    boolean takes(String input) {
        if (session == null || !session.awaitsAnswer()) {
            return false;
        }
        send(input);
        return true;
    }

    private boolean lesson(String argument) {
        LessonPack p = pack();
        if (p == null) {
            return true;
        }
        if (argument.equals("stop")) {
            if (session != null) {
                stop();
            } else {
                say.accept("No lesson is running.");
            }
            return true;
        }
        if (argument.isEmpty()) {
            view.menu(Menu.entries(p, progress()));
            say.accept("Start one with .lesson NUMBER or .lesson ID (the same lessons as looplab learn).");
            return true;
        }
        Optional<Lesson> lesson = Menu.pick(p, argument);
        if (lesson.isEmpty()) {
            say.accept("There is no lesson '" + argument + "'. Lessons: " + Menu.ids(p) + ".");
            return true;
        }
        if (runner == null) {
            runner = SnippetRunner.warm(); // one engine for every snippet of every lesson in this REPL
        }
        session = new LessonSession(lesson.get(), progress(), store, runner, home);
        say.accept("Lesson " + lesson.get().id() + ": answer questions at the prompt (numbers like 3 1 2), "
                + ".next goes on,");
        say.accept(".hint gives a hint, .lesson stop leaves (progress is kept). Between steps the prompt is "
                + "JavaScript again: try things out.");
        show(session.start());
        return true;
    }

    private boolean send(String input) {
        if (session == null) {
            say.accept("No lesson is running: .lesson lists them, .lesson ID starts one.");
            return true;
        }
        show(session.handle(input));
        return true;
    }

    private void show(List<Reply> replies) {
        view.show(replies);
        for (Reply r : replies) {
            if (r instanceof Reply.Quit) {
                stop();
            } else if (r instanceof Reply.Finished) {
                session = null;
                say.accept("Type .lesson for the list of lessons.");
            }
        }
    }

    private void stop() {
        session = null;
        say.accept("Left the lesson; progress saved in " + store.file() + ".");
    }

    private LessonPack pack() {
        if (pack == null) {
            try {
                pack = PackLoader.builtin();
            } catch (LessonFormatException e) {
                say.accept("looplab: " + e.getMessage());
                return null;
            }
        }
        return pack;
    }

    /** Loaded once per REPL, from the same file {@code looplab learn} uses. */
    private Progress progress() {
        if (progress == null || !store.file().equals(home.progressFile())) {
            store = new ProgressStore(home);
            ProgressStore.Loaded loaded = store.load();
            if (loaded.warning() != null) {
                say.accept("looplab: " + loaded.warning());
            }
            progress = loaded.progress();
        }
        return progress;
    }
}
