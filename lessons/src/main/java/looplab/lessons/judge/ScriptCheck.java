package looplab.lessons.judge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import looplab.lessons.model.Constraint;
import looplab.lessons.model.Exercise;
import looplab.lessons.run.OutputLine;
import looplab.lessons.run.RunOutcome;
import looplab.lessons.run.SnippetRunner;

/**
 * Judges a student's script for a write exercise: its graded output against every order the
 * reference can print, the exercise's constraints against the script's trace (never its text),
 * and how the run ended.
 *
 * <p>What is graded: the lines the script writes to <b>stdout</b> ({@code console.log},
 * {@code process.stdout.write}). Lines on stderr ({@code console.error}, {@code console.warn},
 * error reports) are the student's debug output: shown beside the result, never graded. The
 * reference's stdout is the target, so a reference may print notes on stderr too.
 *
 * <p>Score: the output's score as the exercise defines it ({@link Comparison}: longest common
 * subsequence, or all or nothing), times the share of constraints met (a script with the right
 * lines that breaks its only constraint scores 0). It passes only with the right lines, every
 * constraint met and a clean end: no syntax error, no timeout, output under the cap, no uncaught
 * error, exit code 0. When the script meets a race, every order it can print must be accepted.
 *
 * <p>Usage: {@code legal = runner.explore(Program.of(ex.reference(), ex.files()))} once per
 * exercise, then {@code check(ex, legal, runner.explore(script))} per script (the grader makes
 * its runs in worker processes and passes them in the same way).
 */
public final class ScriptCheck {
    private ScriptCheck() {
    }

    /**
     * @param legal every order the reference prints ({@code SnippetRunner.explore})
     * @param runs  the script's default run first, then any other order it can print when it
     *              meets a race ({@code SnippetRunner.explore} of the script)
     */
    public static ScriptVerdict check(Exercise exercise, List<RunOutcome> legal, List<RunOutcome> runs) {
        return check(exercise, legal, runs, SnippetRunner.OUTPUT_LIMIT);
    }

    /** The same, for runs made with another output cap than {@link SnippetRunner#OUTPUT_LIMIT}. */
    public static ScriptVerdict check(Exercise exercise, List<RunOutcome> legal, List<RunOutcome> runs,
                                      long outputLimit) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run of the script to judge");
        }
        List<RunOutcome> target = gradedOrders(legal);
        RunOutcome run = runs.get(0);
        Verdict output = Comparison.compare(texts(graded(run)), target, exercise.scoring());
        List<ConstraintCheck> constraints = constraints(exercise, run, output);
        long met = constraints.stream().filter(ConstraintCheck::met).count();
        double score = output.score() * (constraints.isEmpty() ? 1.0 : (double) met / constraints.size());

        RunOutcome otherOrder = null;
        for (RunOutcome other : runs.subList(1, runs.size())) {
            Verdict v = Comparison.compare(texts(graded(other)), target, exercise.scoring());
            if (!v.correct()) {
                otherOrder = other;
                score = Math.min(score, v.score());
                break;
            }
        }
        Failure failure = endOf(run, outputLimit);
        if (failure == null && !output.correct()) {
            failure = new Failure(Failure.Kind.WRONG_OUTPUT, firstDifference(output));
        }
        if (failure == null && otherOrder != null) {
            failure = new Failure(Failure.Kind.RACE, "the script meets a race (" + String.join("; ", run.races())
                    + "), and Node may also print its lines in an order that is not accepted: "
                    + String.join(", ", texts(graded(otherOrder))));
        }
        if (failure == null && met < constraints.size()) {
            failure = new Failure(Failure.Kind.CONSTRAINT, String.join("; ", constraints.stream()
                    .filter(c -> !c.met()).map(c -> "'" + c.constraint().text() + "': " + c.detail()).toList()));
        }
        if (failure == null) {
            score = 1.0;
        } else if (exercise.scoring() == Exercise.Scoring.ALL) {
            score = 0.0;
        }
        return new ScriptVerdict(failure == null, score, output, run, constraints, failure, otherOrder);
    }

    /**
     * Why the reference itself cannot serve as a target (it crashes, times out, or breaks its own
     * constraints), or an empty list.
     */
    public static List<String> referenceProblems(Exercise exercise, List<RunOutcome> legal) {
        Set<String> problems = new LinkedHashSet<>();
        for (RunOutcome run : legal) {
            Failure end = endOf(run, SnippetRunner.OUTPUT_LIMIT);
            if (end != null) {
                problems.add("the reference fails: " + end.kind().label + " (" + end.message() + ")");
            }
            if (exercise.kind() == Exercise.Kind.WRITE) {
                Verdict self = Comparison.compare(texts(graded(run)), gradedOrders(List.of(run)), exercise.scoring());
                for (ConstraintCheck c : constraints(exercise, run, self)) {
                    if (!c.met()) {
                        problems.add("the reference breaks its own constraint '" + c.constraint().text() + "': "
                                + c.detail());
                    }
                }
                if (graded(run).isEmpty()) {
                    problems.add("the reference prints nothing on stdout, so there is nothing to grade");
                }
            }
        }
        return List.copyOf(problems);
    }

    /** The lines a write exercise grades: what went to stdout. */
    public static List<OutputLine> graded(RunOutcome run) {
        return run.lines().stream().filter(l -> l.stream().equals("stdout")).toList();
    }

    /** The student's debug output: what went to stderr. */
    public static List<OutputLine> debug(RunOutcome run) {
        return run.lines().stream().filter(l -> !l.stream().equals("stdout")).toList();
    }

    /** The reference's orders with only their graded lines, each distinct order once. */
    public static List<RunOutcome> gradedOrders(List<RunOutcome> legal) {
        List<RunOutcome> orders = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (RunOutcome r : legal) {
            List<OutputLine> lines = graded(r);
            if (seen.add(texts(lines))) {
                orders.add(new RunOutcome(lines, r.scheduled(), r.races(), r.choices(), r.exitCode(), r.fatal(),
                        r.timedOut(), r.events()));
            }
        }
        return orders;
    }

    /**
     * How a run ended, when that alone fails it; {@code null} for a clean end.
     *
     * @param outputLimit the cap the run was made with (characters, both streams)
     */
    public static Failure endOf(RunOutcome run, long outputLimit) {
        String fatal = run.fatal();
        if (fatal != null && fatal.startsWith("uncaughtException: SyntaxError") && run.count("main") == 0) {
            // A compile error: the main script was never even scheduled.
            return new Failure(Failure.Kind.SYNTAX_ERROR, headline(fatal));
        }
        // A flood that is then stopped at the time limit is a flood first.
        if (reachedLimit(run, outputLimit)) {
            return new Failure(Failure.Kind.OUTPUT_LIMIT, "more than " + outputLimit + " characters of output; cut "
                    + "after " + run.lines().size() + " lines");
        }
        if (run.timedOut()) {
            return new Failure(Failure.Kind.TIMEOUT, "stopped at the time limit: an endless loop, or something "
                    + "that keeps the event loop alive");
        }
        if (fatal != null) {
            return new Failure(Failure.Kind.CRASH, (fatal.startsWith("unhandledRejection") ? "unhandled rejection: "
                    : "") + headline(fatal));
        }
        if (run.exitCode() != 0) {
            return new Failure(Failure.Kind.EXIT_CODE, "process exited with code " + run.exitCode());
        }
        return null;
    }

    /** Whether the output stopped at the cap (the runtime cuts it there and drops the rest). */
    static boolean reachedLimit(RunOutcome run, long outputLimit) {
        long chars = 0;
        for (OutputLine l : run.lines()) {
            chars += l.text().length() + 1;
        }
        return chars >= outputLimit;
    }

    private static String headline(String fatal) {
        String h = fatal.substring(fatal.indexOf(": ") + 2);
        int nl = h.indexOf('\n');
        return nl < 0 ? h : h.substring(0, nl);
    }

    private static List<ConstraintCheck> constraints(Exercise exercise, RunOutcome run, Verdict output) {
        List<ConstraintCheck> checks = new ArrayList<>();
        for (Constraint c : exercise.constraints()) {
            if (c.counts()) {
                int n = run.count(c.api());
                checks.add(new ConstraintCheck(c, c.allows(n), n + " " + c.api() + (n == 1 ? " call" : " calls")
                        + " in the trace"));
            } else {
                checks.add(sameLabels(c, graded(run), output));
            }
        }
        return checks;
    }

    /**
     * {@code same sources}/{@code same phases}: each line against the reference's line at its
     * place, up to the first difference in the text (past it, lines cannot be paired).
     */
    private static ConstraintCheck sameLabels(Constraint c, List<OutputLine> got, Verdict output) {
        boolean sources = c.kind() == Constraint.Kind.SAME_SOURCES;
        List<OutputLine> want = output.matched().lines();
        int upTo = output.correct() ? want.size() : output.divergence();
        for (int i = 0; i < upTo && i < got.size(); i++) {
            String mine = sources ? got.get(i).source() : got.get(i).phase();
            String theirs = sources ? want.get(i).source() : want.get(i).phase();
            if (!mine.equals(theirs)) {
                return new ConstraintCheck(c, false, "line " + (i + 1) + " `" + got.get(i).text() + "` came from "
                        + (sources ? "source " : "phase ") + mine + ", expected " + theirs);
            }
        }
        String checked = output.correct() ? "every line" : upTo == 0 ? "no line (the first line differs)"
                : "the " + upTo + " line(s) before the first difference";
        return new ConstraintCheck(c, true, (sources ? "sources" : "phases") + " match on " + checked);
    }

    /** The first difference of a wrong order, in a sentence ({@code line 2 should be `tick`, not `promise`}). */
    public static String firstDifference(Verdict v) {
        int line = v.divergence() + 1;
        if (v.instead() == null) {
            return "line " + line + " should be `" + v.expected().text() + "`, but the output ends there";
        }
        if (v.expected() == null) {
            return "the output should end after line " + (line - 1) + ", but it goes on with `" + v.instead() + "`";
        }
        return "line " + line + " should be `" + v.expected().text() + "`, not `" + v.instead() + "`";
    }

    static List<String> texts(List<OutputLine> lines) {
        return lines.stream().map(OutputLine::text).toList();
    }
}
