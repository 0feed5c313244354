package looplab.lessons.tutor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import looplab.lessons.judge.Comparison;
import looplab.lessons.judge.ScriptCheck;
import looplab.lessons.judge.ScriptVerdict;
import looplab.lessons.judge.Shuffle;
import looplab.lessons.judge.Verdict;
import looplab.lessons.model.Exercise;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.Snippet;
import looplab.lessons.model.Step;
import looplab.lessons.run.Program;
import looplab.lessons.run.RunOutcome;
import looplab.lessons.run.SnippetRunner;

/**
 * One learner walking one lesson, without a terminal: the front end feeds it what the learner
 * typed and renders the {@link Reply}s it returns. It knows the current step, what that step
 * waits for, the hints given, and records every answer in {@link Progress} (saved after each
 * change).
 *
 * <pre>
 *   READ ──Enter──▶ next step          (prose, or a run snippet with its trace)
 *   PREDICT ──answer──▶ JUDGED          (wrong: type another order to retry; Enter goes on)
 *   WRITE ──Enter: check──▶ WRITE | PASSED ──Enter──▶ next step
 *   anywhere: hint / ? · skip · q        after the last step: FINISHED
 * </pre>
 *
 * A prediction scores its first answer (a retry comes after the trace was shown); a write
 * exercise scores its best check. A step is done once the learner moves past it, or answers it
 * right; a returning learner resumes at the first step not done.
 */
public final class LessonSession {
    public enum Stage { READ, PREDICT, JUDGED, WRITE, PASSED, FINISHED }

    private final Lesson lesson;
    private final Progress progress;
    private final ProgressStore store;
    private final SnippetRunner runner;
    private final LooplabHome home;
    private int index;
    private Stage stage = Stage.READ;
    private int hintsGiven;
    private List<RunOutcome> legal;
    private AnswerInput input;
    private boolean lastCorrect;
    private boolean saveWarned;

    /**
     * @param store where progress is saved after each change, or {@code null} to keep it in memory
     * @param home  where write exercises' scripts live
     */
    public LessonSession(Lesson lesson, Progress progress, ProgressStore store, SnippetRunner runner,
                         LooplabHome home) {
        this.lesson = lesson;
        this.progress = progress;
        this.store = store;
        this.runner = runner;
        this.home = home;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The current step's index in the lesson. */
    public int index() {
        return index;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether what the learner types next is an answer (a prediction, or a retry of one). */
    public boolean awaitsAnswer() {
        return stage == Stage.PREDICT || stage == Stage.JUDGED && !lastCorrect;
    }

    /** Typed lines of an answer are being collected. */
    public boolean collecting() {
        return collected() > 0;
    }

    /** How many typed lines of the answer are in so far. */
    public int collected() {
        return input == null ? 0 : input.collected();
    }

    /** How many lines the question's program prints (0 when no question is open). */
    public int lineCount() {
        return input == null ? 0 : input.lineCount();
    }

    /** Shows the first step not done yet (the first step, when all are). */
    public List<Reply> start() {
        int at = progress.lesson(lesson.id()).resumeAt(lesson.steps().size());
        List<Reply> out = new ArrayList<>();
        if (at > 0) {
            out.add(new Reply.Note("Welcome back: going on at step " + (at + 1) + " of " + lesson.steps().size() + "."));
        }
        show(at, out);
        return out;
    }

    /** What the learner typed ({@code ""}: Enter). */
    public List<Reply> handle(String line) {
        List<Reply> out = new ArrayList<>();
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (stage == Stage.FINISHED) {
            out.add(new Reply.Quit());
        } else if (!collecting() && command(word, out)) {
            return out;
        } else {
            respond(line, word, out);
        }
        return out;
    }

    /** The words that mean the same at every stage; {@code false} when {@code word} is none of them. */
    private boolean command(String word, List<Reply> out) {
        switch (word) {
            case "q", "quit", "exit" -> out.add(new Reply.Quit());
            case "hint", "?" -> hint(out);
            case "skip" -> skip(out);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Enter, an answer, or anything else, as the current stage takes it. */
    private void respond(String typed, String word, List<Reply> out) {
        boolean enter = word.isEmpty() || word.equals("next");
        switch (stage) {
            case READ, PASSED -> {
                if (enter) {
                    advance(out);
                } else if (stage == Stage.PASSED && word.equals("check")) {
                    check(out);
                } else {
                    out.add(new Reply.Note("Press Enter to go on (q to quit)."));
                }
            }
            case PREDICT, JUDGED -> {
                if (!word.isEmpty() || collecting()) {
                    if (awaitsAnswer()) {
                        answerLine(typed, out);
                    } else {
                        out.add(new Reply.Note("Press Enter to go on (q to quit)."));
                    }
                } else if (stage == Stage.JUDGED) {
                    advance(out);
                } else {
                    out.add(new Reply.Note("Type the numbers of the lines in the order you expect them, e.g. "
                            + input.example() + " — or the lines themselves, one per line. hint (or ?) gives a hint, "
                            + "skip skips."));
                }
            }
            case WRITE -> {
                if (enter || word.equals("check")) {
                    check(out);
                } else {
                    out.add(new Reply.Note("Edit " + home.workFile(exercise().id()) + " in your editor, save it, "
                            + "then press Enter here to check it (skip moves on)."));
                }
            }
            default -> throw new IllegalStateException(stage.toString());
        }
    }

    // ---------------------------------------------------------------- showing a step

    private void show(int at, List<Reply> out) {
        index = at;
        hintsGiven = 0;
        legal = null;
        input = null;
        lastCorrect = false;
        Step step = lesson.steps().get(at);
        int count = lesson.steps().size();
        if (step.isExercise()) {
            Exercise ex = step.exercise();
            out.add(new Reply.StepShown(at + 1, count, step.heading(), ex.task(), true));
            if (ex.kind() == Exercise.Kind.PREDICT) {
                out.add(new Reply.Code(ex.reference()));
                ask(Program.of(ex.reference(), ex.files()), ex.id(), ex.hints().size(), out);
            } else {
                task(ex, out);
            }
            return;
        }
        out.add(new Reply.StepShown(at + 1, count, step.heading(), step.prose(), false));
        Snippet snippet = step.snippet();
        stage = Stage.READ;
        if (snippet == null) {
            coda(step, out);
            return;
        }
        out.add(new Reply.Code(snippet));
        Program program = Program.of(snippet, lesson.files());
        if (snippet.mode() == Snippet.Mode.PREDICT) {
            coda(step, out);
            ask(program, lesson.id() + "/" + at, step.hints().size(), out);
            if (stage == Stage.PREDICT) {
                return;
            }
        }
        if (!explore(program, out)) {
            return;
        }
        out.add(new Reply.Ran(legal));
        if (snippet.mode() == Snippet.Mode.RUN) {
            coda(step, out);
        }
        if (legal.size() > 1 && step.race() != null) {
            out.add(new Reply.Text(Reply.Text.Kind.RACE, step.race()));
        }
        if (step.why() != null) {
            out.add(new Reply.Text(Reply.Text.Kind.WHY, step.why()));
        }
    }

    /** Runs the program every way it can go; {@code false} (with a warning) when it cannot be run at all. */
    private boolean explore(Program program, List<Reply> out) {
        if (legal != null) {
            return true;
        }
        try {
            legal = runner.explore(program);
            return !legal.isEmpty();
        } catch (RuntimeException e) {
            out.add(new Reply.Warning("looplab could not run this snippet (" + e.getMessage() + ")."));
            return false;
        }
    }

    /** A predict question: the output lines, shuffled by {@code seed}. A program printing nothing is just run. */
    private void ask(Program program, String seed, int hints, List<Reply> out) {
        stage = Stage.READ;
        if (!explore(program, out) || legal.get(0).lines().isEmpty()) {
            return;
        }
        List<String> shuffled = Shuffle.of(legal.get(0).texts(), seed);
        input = new AnswerInput(shuffled);
        stage = Stage.PREDICT;
        out.add(new Reply.Question(shuffled, hints));
    }

    private void task(Exercise ex, List<Reply> out) {
        stage = Stage.WRITE;
        Path file = home.workFile(ex.id());
        boolean created = false;
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, ex.starter() == null ? "" : ex.starter().code(), StandardCharsets.UTF_8);
                created = true;
            }
        } catch (IOException e) {
            out.add(new Reply.Warning("cannot write " + file + ": " + e.getMessage()));
        }
        List<String> target = List.of();
        if (explore(Program.of(ex.reference(), ex.files()), out)) {
            target = ScriptCheck.graded(legal.get(0)).stream().map(l -> l.text()).toList();
        }
        out.add(new Reply.Task(file, created, target, ex.constraints(), ex.hints().size()));
    }

    private void coda(Step step, List<Reply> out) {
        if (!step.coda().isEmpty()) {
            out.add(new Reply.Text(Reply.Text.Kind.CODA, step.coda()));
        }
    }

    // ---------------------------------------------------------------- answering

    private void answerLine(String line, List<Reply> out) {
        String answer = input.add(line);
        if (answer == null) {
            out.add(new Reply.MoreLines(input.collected(), input.lineCount()));
        } else {
            judge(answer, out);
        }
    }

    private void judge(String answer, List<Reply> out) {
        List<String> predicted;
        try {
            predicted = input.lines(answer);
        } catch (IllegalArgumentException e) {
            out.add(new Reply.Note("That answer does not fit: " + e.getMessage() + ". Try again, e.g. " + input.example()
                    + "."));
            return;
        }
        Verdict v = Comparison.compare(predicted, legal, scoring());
        StepRecord r = record().predicted(v.score(), v.correct());
        update(r, out);
        stage = Stage.JUDGED;
        lastCorrect = v.correct();
        out.add(new Reply.Judged(v, r.attempts()));
        String race = isExerciseStep() ? exercise().race() : step().race();
        String why = isExerciseStep() ? exercise().why() : step().why();
        if (v.raced() && race != null) {
            out.add(new Reply.Text(Reply.Text.Kind.RACE, race));
        }
        if (why != null) {
            out.add(new Reply.Text(Reply.Text.Kind.WHY, why));
        }
    }

    private void check(List<Reply> out) {
        Exercise ex = exercise();
        Path file = home.workFile(ex.id());
        String code;
        try {
            code = new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // lossy, as Node reads scripts
        } catch (IOException e) {
            out.add(new Reply.Note("Cannot read " + file + " (" + e.getMessage() + "). Write your script there, "
                    + "then press Enter."));
            return;
        }
        if (!explore(Program.of(ex.reference(), ex.files()), out)) {
            return;
        }
        ScriptVerdict result;
        try {
            result = ScriptCheck.check(ex, legal, runner.explore(submission(ex, file, code)));
        } catch (RuntimeException e) {
            out.add(new Reply.Warning("looplab could not run your script (" + e.getMessage() + ")."));
            return;
        }
        StepRecord r = record().checked(result.score(), result.passed());
        update(r, out);
        stage = result.passed() ? Stage.PASSED : Stage.WRITE;
        out.add(new Reply.Checked(result, file, r.attempts()));
        if (result.passed() && ex.why() != null) {
            out.add(new Reply.Text(Reply.Text.Kind.WHY, ex.why()));
        }
    }

    /**
     * The learner's script as a program beside the exercise's support files, named as their file
     * ({@code 2.js}), so the trace and any error point at the file they edit.
     */
    private static Program submission(Exercise ex, Path file, String code) {
        return new Program(file.getFileName().toString(), code, ex.files(), ex.reference().timeout());
    }

    // ---------------------------------------------------------------- moving on

    private void hint(List<Reply> out) {
        List<String> hints = isExerciseStep() ? exercise().hints() : step().hints();
        if (hints.isEmpty()) {
            out.add(new Reply.Note("This step has no hints."));
            return;
        }
        if (hintsGiven == hints.size()) {
            out.add(new Reply.Note("That was the last hint (" + hints.size() + " of " + hints.size() + ")."));
            return;
        }
        hintsGiven++;
        update(record().withHints(hintsGiven), out);
        out.add(new Reply.Hint(hints.get(hintsGiven - 1), hintsGiven, hints.size()));
    }

    private void skip(List<Reply> out) {
        boolean open = stage == Stage.PREDICT || stage == Stage.WRITE || stage == Stage.JUDGED && !lastCorrect;
        if (open) {
            update(record().skip(), out);
        }
        advance(out);
    }

    private void advance(List<Reply> out) {
        update(record().markDone(), out);
        if (index + 1 >= lesson.steps().size()) {
            stage = Stage.FINISHED;
            out.add(new Reply.Finished(lesson, progress.summary(lesson)));
            return;
        }
        show(index + 1, out);
    }

    // ---------------------------------------------------------------- progress

    private StepRecord record() {
        return progress.lesson(lesson.id()).recordOf(lesson, index);
    }

    private void update(StepRecord r, List<Reply> out) {
        progress.lesson(lesson.id()).put(index, r);
        if (store == null) {
            return;
        }
        try {
            store.save(progress);
        } catch (IOException e) {
            if (!saveWarned) {
                saveWarned = true;
                out.add(new Reply.Warning("cannot save progress to " + store.file() + " (" + e + ")"));
            }
        }
    }

    private Step step() {
        return lesson.steps().get(index);
    }

    private boolean isExerciseStep() {
        return step().isExercise();
    }

    private Exercise exercise() {
        return step().exercise();
    }

    private Exercise.Scoring scoring() {
        return isExerciseStep() ? exercise().scoring() : Exercise.Scoring.LCS;
    }
}
