package looplab.lessons.authoring;

import java.util.ArrayList;
import java.util.List;
import looplab.lessons.model.Constraint;
import looplab.lessons.model.Exercise;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.LessonPack;
import looplab.lessons.model.Snippet;
import looplab.lessons.model.Step;
import looplab.lessons.model.SupportFile;
import looplab.lessons.run.Program;
import looplab.lessons.run.RunOutcome;
import looplab.lessons.run.SnippetRunner;

/**
 * {@code looplab lessons check}: runs every snippet of every lesson and every exercise's
 * reference, in every order its races allow, and holds the pack to what it promises — each runs
 * cleanly within its limit, a race is met exactly where the text acknowledges one, a write
 * exercise's reference meets its own constraints, and (with {@code node} installed) Node prints
 * one of the orders looplab computed.
 */
public final class PackChecker {
    private final SnippetRunner runner;
    private final NodeOracle node;
    private final Listener listener;

    /** Told about each program as it is checked, so a long check shows progress. */
    public interface Listener {
        void checked(String where, List<Problem> problems);
    }

    /**
     * One thing wrong with a pack.
     *
     * @param where   {@code FILE:LINE}
     * @param problem what is wrong, in the author's terms
     */
    public record Problem(String where, String problem) {
        @Override
        public String toString() {
            return where + ": " + problem;
        }
    }

    /**
     * What a check found.
     *
     * @param programs how many programs were run (each in every legal order)
     * @param runs     how many runs that took
     * @param problems everything wrong
     * @param nodeUsed the node executable compared against, or {@code null}
     */
    public record Report(int programs, int runs, List<Problem> problems, String nodeUsed) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    public PackChecker(SnippetRunner runner, NodeOracle node, Listener listener) {
        this.runner = runner;
        this.node = node;
        this.listener = listener;
    }

    public Report check(LessonPack pack) {
        List<Problem> all = new ArrayList<>();
        int programs = 0;
        int runs = 0;
        for (Lesson lesson : pack.lessons()) {
            String file = lesson.file();
            int predictions = 0;
            for (Step step : lesson.steps()) {
                if (step.snippet() != null && step.snippet().mode().runs()) {
                    Snippet s = step.snippet();
                    List<Problem> problems = new ArrayList<>();
                    runs += checkProgram(file, s, lesson.files(), step.race(), problems);
                    if (s.mode() == Snippet.Mode.PREDICT) {
                        predictions++;
                    }
                    programs++;
                    report(file + ":" + s.line(), problems, all);
                }
                if (step.isExercise()) {
                    Exercise e = step.exercise();
                    List<Problem> problems = new ArrayList<>();
                    runs += checkExercise(file, e, problems);
                    if (e.kind() == Exercise.Kind.PREDICT) {
                        predictions++;
                    }
                    programs++;
                    report(file + ":" + e.reference().line(), problems, all);
                }
            }
            if (predictions == 0) {
                all.add(new Problem(file + ":1", "lesson '" + lesson.id() + "' asks for no prediction "
                        + "(add a ```js predict snippet or a predict exercise)"));
            }
            if (lesson.exercises().isEmpty()) {
                all.add(new Problem(file + ":1", "lesson '" + lesson.id() + "' has no exercise (## Exercise: …)"));
            }
        }
        for (Exercise e : pack.exercises()) {
            String file = e.file();
            List<Problem> problems = new ArrayList<>();
            runs += checkExercise(file, e, problems);
            programs++;
            report(file + ":" + e.reference().line(), problems, all);
        }
        return new Report(programs, runs, List.copyOf(all), node == null ? null : node.executable());
    }

    private void report(String where, List<Problem> problems, List<Problem> all) {
        all.addAll(problems);
        if (listener != null) {
            listener.checked(where, problems);
        }
    }

    private int checkExercise(String file, Exercise e, List<Problem> problems) {
        List<RunOutcome> legal = new ArrayList<>();
        int runs = checkProgram(file, e.reference(), e.files(), e.race(), problems, legal);
        String where = file + ":" + e.reference().line();
        if (e.kind() == Exercise.Kind.WRITE) {
            for (Constraint c : e.constraints()) {
                if (!c.counts()) {
                    continue;
                }
                for (RunOutcome o : legal) {
                    if (!c.allows(o.count(c.api()))) {
                        problems.add(new Problem(where, "exercise " + e.id() + ": the reference breaks its own "
                                + "constraint '" + c.text() + "' (it schedules " + o.count(c.api()) + " " + c.api() + ")"));
                        break;
                    }
                }
            }
        }
        if (e.hints().isEmpty()) {
            problems.add(new Problem(where, "exercise " + e.id() + " has no ### Hint"));
        }
        return runs;
    }

    private int checkProgram(String file, Snippet s, List<SupportFile> files, String race, List<Problem> problems) {
        return checkProgram(file, s, files, race, problems, new ArrayList<>());
    }

    private int checkProgram(String file, Snippet s, List<SupportFile> files, String race, List<Problem> problems,
                             List<RunOutcome> legalOut) {
        String where = file + ":" + s.line();
        Program program = Program.of(s, files);
        List<RunOutcome> legal;
        try {
            legal = runner.explore(program);
        } catch (RuntimeException e) {
            problems.add(new Problem(where, "could not be run: " + e.getMessage()));
            return 1;
        }
        legalOut.addAll(legal);
        boolean raced = legal.stream().anyMatch(o -> !o.races().isEmpty());
        for (RunOutcome o : legal) {
            if (o.timedOut()) {
                problems.add(new Problem(where, "does not finish within " + s.timeout().toMillis() + " ms"));
            } else if (o.fatal() != null) {
                problems.add(new Problem(where, "dies: " + o.fatal()));
            } else if (o.exitCode() != 0) {
                problems.add(new Problem(where, "exits with code " + o.exitCode()));
            }
            if (!problems.isEmpty()) {
                return legal.size();
            }
        }
        if (raced && race == null) {
            problems.add(new Problem(where, "meets an order Node does not guarantee (" + legal.get(0).races().get(0)
                    + ") but the step has no ### Race section saying so"));
        }
        if (!raced && race != null) {
            problems.add(new Problem(where, "has a ### Race section but meets no race: every run prints the same order"));
        }
        if (s.mode() == Snippet.Mode.PREDICT || s.mode() == Snippet.Mode.REFERENCE) {
            int lines = legal.get(0).lines().size();
            if (lines < 2 && s.mode() == Snippet.Mode.PREDICT) {
                problems.add(new Problem(where, "prints " + lines + " line(s): a prediction needs at least two to order"));
            }
        }
        if (node != null) {
            try {
                // Node runs on the real clock: on a busy machine a 500 ms timer can beat a file
                // read. An order Node printed once is one it prints; try a few times before
                // calling a lesson wrong.
                NodeOracle.Result real = node.run(program);
                for (int attempt = 1; attempt < NODE_ATTEMPTS && real.stdout() != null
                        && !printsOneOf(real, legal); attempt++) {
                    real = node.run(program);
                }
                if (real.stdout() == null) {
                    problems.add(new Problem(where, "node did not finish it in time"));
                } else if (!printsOneOf(real, legal)) {
                    problems.add(new Problem(where, "node prints something looplab does not:\n"
                            + indent("node:    ", real.stdout()) + indent("looplab: ", legal.get(0).stdout())));
                } else if (real.exitCode() != 0) {
                    problems.add(new Problem(where, "node exits with code " + real.exitCode()));
                }
            } catch (java.io.IOException e) {
                problems.add(new Problem(where, "could not run node: " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add(new Problem(where, "interrupted while node ran"));
            }
        }
        return legal.size();
    }

    /** Runs of node per snippet before a difference counts. */
    private static final int NODE_ATTEMPTS = 3;

    private static boolean printsOneOf(NodeOracle.Result real, List<RunOutcome> legal) {
        return legal.stream().anyMatch(o -> o.stdout().equals(real.stdout()));
    }

    private static String indent(String label, String text) {
        StringBuilder sb = new StringBuilder();
        String pad = " ".repeat(label.length());
        String[] lines = text.split("\n", -1);
        int n = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < n; i++) {
            sb.append("    ").append(i == 0 ? label : pad).append(lines[i]).append('\n');
        }
        if (n == 0) {
            sb.append("    ").append(label).append("(nothing)\n");
        }
        return sb.toString();
    }
}
