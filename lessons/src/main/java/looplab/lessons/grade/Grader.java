package looplab.lessons.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import looplab.lessons.judge.Answer;
import looplab.lessons.judge.Comparison;
import looplab.lessons.judge.Failure;
import looplab.lessons.judge.ScriptCheck;
import looplab.lessons.judge.ScriptVerdict;
import looplab.lessons.judge.Shuffle;
import looplab.lessons.judge.Verdict;
import looplab.lessons.model.Exercise;
import looplab.lessons.run.Program;
import looplab.lessons.run.RunOutcome;
import looplab.lessons.run.SnippetRunner;

/**
 * Grades submissions against one exercise. The orders the reference can print are computed once,
 * when the grader opens; a prediction is then compared without running anything, and a script
 * runs sandboxed in a worker process ({@link WorkerPool}) in a fresh copy of the exercise's
 * directory, its outcome judged by {@link ScriptCheck}.
 *
 * <p>Every submission gets a result, whatever happens to it: {@link #grade} never throws, and a
 * failure of looplab itself is a result too ({@link Failure.Kind#NOT_GRADED}).
 *
 * <pre>{@code
 * try (Grader grader = Grader.open(exercise, GradeOptions.defaults())) {
 *     List<GradeResult> results = grader.gradeAll(Submission.collect(paths, exercise.kind()));
 * }
 * }</pre>
 */
public final class Grader implements AutoCloseable {
    /** The least time the reference gets: it runs on a cold engine in this process, once. */
    private static final Duration REFERENCE_TIMEOUT = Duration.ofSeconds(60);
    /** The largest answer or script read: a student's work is a few kilobytes. */
    static final long MAX_SUBMISSION = 1 << 20;

    private final Exercise exercise;
    /** Every order the reference prints, or why it cannot be graded against. */
    private final FutureTask<List<RunOutcome>> reference;
    private final Workspace workspace;
    private final ScriptHost host;
    private final Duration timeout;
    private final int parallel;
    private volatile List<String> shuffled;

    private Grader(Exercise exercise, FutureTask<List<RunOutcome>> reference, Workspace workspace, ScriptHost host,
                   Duration timeout, int parallel) {
        this.exercise = exercise;
        this.reference = reference;
        this.workspace = workspace;
        this.host = host;
        this.timeout = timeout;
        this.parallel = parallel;
    }

    /**
     * Starts the workers (a write exercise's), and meanwhile runs the reference in every order.
     *
     * @throws ExerciseProblem when the reference crashes, times out or breaks its own constraints,
     *                         or the exercise's directory cannot be copied
     */
    public static Grader open(Exercise exercise, GradeOptions options) throws ExerciseProblem {
        Grader grader = start(exercise, options);
        grader.awaitReferenceOrClose();
        return grader;
    }

    /**
     * {@link #open}, except that with more than one lane (scripts at once) it returns at once and
     * the reference runs on one lane while {@link #gradeAll} already runs scripts on the others
     * (a reference with modern syntax starts the lowering there, which costs seconds); a problem
     * with the reference is then thrown by {@code gradeAll}.
     *
     * @throws ExerciseProblem when the exercise's directory cannot be copied, or (one lane or
     *                         none) as {@link #open}
     */
    public static Grader start(Exercise exercise, GradeOptions options) throws ExerciseProblem {
        Path source = options.root() != null ? options.root()
                : exercise.source() != null ? exercise.source().toAbsolutePath().getParent() : null;
        Workspace workspace;
        try {
            workspace = new Workspace(source, exercise.files(), options.exclude());
        } catch (IOException e) {
            throw new ExerciseProblem(e.getMessage());
        }
        boolean scripts = exercise.kind() == Exercise.Kind.WRITE;
        ScriptHost host = !scripts ? null
                : options.workers() > 0 ? new WorkerPool(options.workers(), options.heap())
                : new LocalHost(runner());
        if (!(host instanceof WorkerPool)) {
            WorkerPrestart.discard(); // predictions, or scripts in this process: no worker to adopt
        }
        FutureTask<List<RunOutcome>> reference = new FutureTask<>(() -> reference(exercise, workspace, host));
        Duration timeout = options.timeout() != null ? options.timeout() : exercise.reference().timeout();
        Grader grader = new Grader(exercise, reference, workspace, host, timeout,
                scripts ? Math.max(1, options.workers()) : 1);
        if (host instanceof WorkerPool && options.workers() > 1) {
            Thread t = new Thread(reference, "looplab-reference");
            t.setDaemon(true);
            t.start();
        } else {
            reference.run();
            grader.awaitReferenceOrClose();
        }
        return grader;
    }

    /** {@link #awaitReference}; a grader whose reference cannot be graded against is closed. */
    private void awaitReferenceOrClose() throws ExerciseProblem {
        try {
            awaitReference();
        } catch (ExerciseProblem | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The reference's orders once it has run; its problem if it cannot be graded against. */
    private List<RunOutcome> awaitReference() throws ExerciseProblem {
        try {
            return reference.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExerciseProblem("exercise " + exercise.id() + " cannot be graded: interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExerciseProblem p) {
                throw p;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Every order the reference prints. A write exercise's reference runs where the scripts
     * will (a worker), so the grader itself never starts a JavaScript engine; a predict
     * exercise's runs here.
     */
    private static List<RunOutcome> reference(Exercise exercise, Workspace workspace, ScriptHost host)
            throws ExerciseProblem {
        Duration limit = exercise.reference().timeout().compareTo(REFERENCE_TIMEOUT) > 0
                ? exercise.reference().timeout() : REFERENCE_TIMEOUT;
        String name = exercise.reference().name();
        if (workspace.holds(name)) {
            name = "reference.js";
        }
        Path dir = workspace.fresh("reference");
        List<RunOutcome> legal;
        try {
            if (host == null) {
                legal = runner().explore(new Program(name, exercise.reference().code(), List.of(), limit), dir);
            } else {
                Files.writeString(dir.resolve(name), exercise.reference().code(), StandardCharsets.UTF_8);
                legal = host.run(dir, name, limit);
            }
        } catch (ScriptHost.Died died) {
            throw new ExerciseProblem("exercise " + exercise.id() + " cannot be graded: the reference fails: "
                    + died.failure.kind().label + " (" + died.failure.message() + ")");
        } catch (IOException e) {
            throw new ExerciseProblem("cannot write the reference to a scratch directory: " + e.getMessage());
        } finally {
            Workspace.delete(dir);
        }
        List<String> problems = ScriptCheck.referenceProblems(exercise, legal);
        if (!problems.isEmpty()) {
            throw new ExerciseProblem("exercise " + exercise.id() + " cannot be graded: " + String.join("; ", problems));
        }
        return legal;
    }

    /** Runs in fresh globals of this process's one warm engine (made and warmed on first use). */
    private static SnippetRunner runner() {
        return Local.RUNNER;
    }

    private static final class Local {
        static final SnippetRunner RUNNER = SnippetRunner.warm();
    }

    public Exercise exercise() {
        return exercise;
    }

    /**
     * Every order the reference can print (more than one when it meets a race); waits for it
     * after {@link #start}.
     *
     * @throws IllegalStateException when the reference cannot be graded against (after {@code start})
     */
    public List<RunOutcome> legal() {
        try {
            return awaitReference();
        } catch (ExerciseProblem e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The numbered list a predict answer's numbers refer to. */
    public List<String> shuffled() {
        List<String> list = shuffled;
        if (list == null) {
            shuffled = list = Shuffle.of(legal().get(0).texts(), exercise.id());
        }
        return list;
    }

    /** The limit per run of a script. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Every submission, graded {@code workers} (lanes) at a time; results in the submissions' order.
     *
     * @throws ExerciseProblem when the reference cannot be graded against (only after {@link #start})
     */
    public List<GradeResult> gradeAll(List<Submission> submissions) throws ExerciseProblem {
        if (parallel == 1 || submissions.size() < 2) {
            awaitReference();
            return submissions.stream().map(this::grade).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "looplab-grade");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<GradeResult>> futures = new ArrayList<>();
            for (Submission s : submissions) {
                futures.add(pool.submit(() -> grade(s)));
            }
            // Scripts run meanwhile on the lanes the reference leaves free; a broken reference
            // ends the whole run, as it would have before the first script.
            awaitReference();
            List<GradeResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (Exception e) {
                    results.add(GradeResult.failed(submissions.get(i), notGraded(e)));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One submission; never throws. */
    public GradeResult grade(Submission submission) {
        long start = System.nanoTime();
        try {
            return exercise.kind() == Exercise.Kind.PREDICT
                    ? predict(submission).withMillis(millisSince(start))
                    : script(submission, start);
        } catch (RuntimeException | Error e) {
            return GradeResult.failed(submission, notGraded(e)).withMillis(millisSince(start));
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private GradeResult predict(Submission s) {
        byte[] bytes;
        try {
            bytes = read(s);
        } catch (IOException e) {
            return GradeResult.failed(s, new Failure(Failure.Kind.BAD_ANSWER, "cannot read the answer: " + e.getMessage()));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> predicted;
        try {
            predicted = Answer.parse(text, shuffled());
        } catch (IllegalArgumentException e) {
            return GradeResult.failed(s, new Failure(Failure.Kind.BAD_ANSWER, e.getMessage()));
        }
        Verdict v = Comparison.compare(predicted, legal(), exercise.scoring());
        Failure failure = v.correct() ? null : new Failure(Failure.Kind.WRONG_OUTPUT, ScriptCheck.firstDifference(v));
        return new GradeResult(s, v.correct(), v.score(), failure, predicted, v, null, 0);
    }

    /**
     * A script's result; its time counts from when a ready worker took it, without the wait for
     * one (the first scripts wait for the worker to start) or for the reference.
     */
    private GradeResult script(Submission s, long start) {
        byte[] code;
        try {
            code = read(s);
        } catch (IOException e) {
            return GradeResult.failed(s, new Failure(Failure.Kind.BAD_ANSWER, "cannot read the script: " + e.getMessage()))
                    .withMillis(millisSince(start));
        }
        String name = s.file().getFileName().toString();
        if (workspace.holds(name) || !name.endsWith(".js")) {
            name = "submission.js";
        }
        Path dir = workspace.fresh(s.name());
        long[] began = {start};
        try {
            Files.write(dir.resolve(name), code);
            List<RunOutcome> runs = host.run(dir, name, timeout, () -> began[0] = System.nanoTime());
            long ran = System.nanoTime() - began[0];
            List<RunOutcome> legal;
            try {
                legal = awaitReference();
            } catch (ExerciseProblem e) {
                return GradeResult.failed(s, new Failure(Failure.Kind.NOT_GRADED, e.getMessage()));
            }
            long checking = System.nanoTime();
            ScriptVerdict v = ScriptCheck.check(exercise, legal, runs);
            return new GradeResult(s, v.passed(), v.score(), v.failure(), null, v.output(), v,
                    (ran + System.nanoTime() - checking) / 1_000_000);
        } catch (ScriptHost.Died died) {
            return GradeResult.failed(s, died.failure).withMillis(millisSince(began[0]));
        } catch (IOException e) {
            return GradeResult.failed(s, notGraded(e)).withMillis(millisSince(began[0]));
        } finally {
            Workspace.delete(dir);
        }
    }

    /** A submission's bytes; one bigger than {@link #MAX_SUBMISSION} is not read at all. */
    private static byte[] read(Submission s) throws IOException {
        if (Files.size(s.file()) > MAX_SUBMISSION) {
            throw new IOException("it is bigger than " + (MAX_SUBMISSION >> 10) + " KiB");
        }
        return Files.readAllBytes(s.file());
    }

    private static Failure notGraded(Throwable e) {
        return new Failure(Failure.Kind.NOT_GRADED, "looplab could not grade this submission (" + e + ")");
    }

    /**
     * No submission follows: the workers start ending now, while the caller writes its reports,
     * instead of when it closes the grader (a worker JVM takes a tenth of a second or more to
     * exit). Grading after this fails.
     */
    public void release() {
        if (host != null) {
            host.release();
        }
    }

    @Override
    public void close() {
        if (host != null) {
            host.close();
        }
        workspace.close();
    }
}
