package looplab.shell.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import looplab.lessons.format.LessonFormatException;
import looplab.lessons.grade.ExerciseLookup;
import looplab.lessons.grade.ExerciseProblem;
import looplab.lessons.grade.GradeOptions;
import looplab.lessons.grade.GradeResult;
import looplab.lessons.grade.Grader;
import looplab.lessons.grade.Submission;
import looplab.lessons.model.Exercise;
import looplab.lessons.report.ReportFormat;
import looplab.lessons.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code looplab grade EXERCISE SUBMISSION…}: grade a class's predictions or scripts. */
@Command(name = "grade",
        mixinStandardHelpOptions = true,
        header = "Grade a class: many predictions or scripts against an exercise.",
        description = {
            "Grade many submissions against an exercise: each SUBMISSION is a file, or a",
            "directory whose .js files (write exercises) or .txt files (predict exercises) are",
            "one submission each. Every submission gets a result, whatever happens to it: a syntax",
            "error, a crash, a timeout, an output flood or a memory bomb is a graded failure with",
            "its reason. Scripts run sandboxed in worker processes (no Java, files confined to a",
            "fresh copy of the exercise's directory, a time limit, an output cap, a heap cap),",
            "many per worker on a warm engine, two at once. Predictions need no run at all.",
            "",
            "--out DIR writes one report per submission (DIR/NAME.txt, .json, .xml, .tap; with",
            "--format gradescope, a results.json each) and prints the text summary. Without",
            "--out the report goes to stdout (gradescope: one results.json per line)."
        },
        footer = {
            "",
            "Exit codes: 0 every submission got a result (passed or failed); 2 usage error or",
            "malformed exercise; 3 looplab could not grade some submission."
        })
public final class GradeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "Exercise file or built-in exercise id.")
    String exercise;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SUBMISSION", description = "Files or directories.")
    List<Path> submissions;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one report file per submission into DIR.")
    Path out;

    @Option(names = "--workers", paramLabel = "N",
            description = "Scripts running at once (default: the number of cores, at most 2), two to a worker "
                    + "process; 0 runs them in this process, without memory isolation.")
    Integer workers;

    @Mixin
    GradingOptions grading;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        Exercise ex;
        try {
            ex = ExerciseLookup.find(exercise);
        } catch (LessonFormatException e) {
            System.err.println(e.getMessage());
            return ExitCode.USAGE.code;
        } catch (ExerciseProblem e) {
            return usage(e.getMessage());
        }
        List<Submission> subs;
        try {
            subs = Submission.collect(submissions, ex.kind());
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (subs.isEmpty()) {
            return usage("no submissions found (a directory's " + Submission.extension(ex.kind())
                    + " files are its submissions for this " + ex.kind().name().toLowerCase(Locale.ROOT) + " exercise)");
        }
        GradeOptions options = grading.apply(GradeOptions.defaults(), spec.commandLine());
        if (workers != null) {
            if (workers < 0 || workers > 64) {
                return usage("--workers must be between 0 and 64");
            }
            options = options.withWorkers(workers);
        }
        // No worker to start and warm for nothing: a class of one needs one.
        options = options.withWorkers(Math.min(options.workers(), subs.size()));
        Set<Path> exclude = new HashSet<>();
        for (Path p : submissions) {
            exclude.add(p.toAbsolutePath());
        }
        if (out != null) {
            exclude.add(out.toAbsolutePath());
        }
        options = options.withExclude(exclude);

        long start = System.nanoTime();
        List<GradeResult> results;
        try (Grader grader = Grader.start(ex, options)) {
            results = grader.gradeAll(subs);
            grader.release(); // its workers exit while the reports are written
            report(ex, results, stdout, (System.nanoTime() - start) / 1e9);
        } catch (ExerciseProblem e) {
            return usage(e.getMessage());
        }
        boolean all = results.stream().allMatch(GradeResult::graded);
        return all ? ExitCode.OK.code : ExitCode.GRADE_INCOMPLETE.code;
    }

    /** The reports, on stdout or in {@code --out}, and the time it took on stderr. */
    private void report(Exercise ex, List<GradeResult> results, PrintStream stdout, double seconds) throws IOException {
        if (out != null) {
            Files.createDirectories(out);
            for (GradeResult r : results) {
                Files.writeString(out.resolve(fileName(r.submission(), grading.format)),
                        grading.format.renderOne(ex, r), StandardCharsets.UTF_8);
            }
            stdout.print(TextReport.summary(ex, results));
        } else {
            stdout.print(grading.format.render(ex, results));
        }
        stdout.flush();
        System.err.printf(Locale.ROOT, "looplab grade: %d submission%s in %.1f s (%.1f per second)%n", results.size(),
                results.size() == 1 ? "" : "s", seconds, results.size() / seconds);
    }

    /** The report file of one submission: its name without the extension, made safe, plus the format's. */
    static String fileName(Submission s, ReportFormat format) {
        String name = s.name();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.indexOf('/', dot) < 0) {
            name = name.substring(0, dot);
        }
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension;
    }

    private static int usage(String message) {
        System.err.println("looplab grade: " + message);
        return ExitCode.USAGE.code;
    }
}
