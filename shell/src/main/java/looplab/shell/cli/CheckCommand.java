package looplab.shell.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code looplab check EXERCISE (--answer F | --solution F)}: grade one prediction or one script. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        header = "Grade one prediction or one script against an exercise.",
        description = {
            "Grade one prediction (--answer) or one script (--solution) against an exercise, and",
            "print a report for the student: the score, the first difference with each line's",
            "source and phase, the rule behind it, the constraints, and the script's own debug",
            "output (what it writes to stderr: console.error, console.warn) kept apart — only",
            "stdout is graded. The script runs sandboxed in a worker process, in a fresh copy of",
            "the exercise's directory. EXERCISE is a Markdown exercise file or a built-in",
            "exercise's id (call-stack/1)."
        },
        footer = {
            "",
            "Exit codes: 0 passed; 1 failed (wrong, crashed, timed out, ...); 2 usage error or",
            "malformed exercise; 3 looplab could not grade it."
        })
public final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "Exercise file or built-in exercise id.")
    String exercise;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Given given;

    static final class Given {
        @Option(names = "--answer", paramLabel = "FILE", required = true,
                description = "The predicted output, one line per line, or the numbers of the shuffled list.")
        Path answer;

        @Option(names = "--solution", paramLabel = "FILE", required = true, description = "The script.")
        Path solution;
    }

    @Mixin
    GradingOptions grading;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Exercise ex;
        try {
            ex = ExerciseLookup.find(exercise);
        } catch (LessonFormatException e) {
            System.err.println(e.getMessage());
            return ExitCode.USAGE.code;
        } catch (ExerciseProblem e) {
            System.err.println("looplab check: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        Path file = given.answer != null ? given.answer : given.solution;
        if (ex.kind() == Exercise.Kind.PREDICT && given.solution != null) {
            return usage(ex.id() + " is a predict exercise: give your predicted output with --answer FILE");
        }
        if (ex.kind() == Exercise.Kind.WRITE && given.answer != null) {
            return usage(ex.id() + " is a write exercise: give your script with --solution FILE");
        }
        if (!Files.isRegularFile(file)) {
            return usage("no such file: " + file);
        }
        GradeOptions options = grading.apply(GradeOptions.defaults().withWorkers(1), spec.commandLine())
                .withExclude(Set.of(file.toAbsolutePath()));
        try (Grader grader = Grader.open(ex, options)) {
            GradeResult result = grader.grade(new Submission(file.getFileName().toString(), file));
            out.print(grading.format.render(ex, List.of(result)));
            out.flush();
            return result.passed() ? ExitCode.OK.code
                    : result.graded() ? ExitCode.FAILED.code : ExitCode.GRADE_INCOMPLETE.code;
        } catch (ExerciseProblem e) {
            System.err.println("looplab check: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
    }

    private static int usage(String message) {
        System.err.println("looplab check: " + message);
        return ExitCode.USAGE.code;
    }
}
