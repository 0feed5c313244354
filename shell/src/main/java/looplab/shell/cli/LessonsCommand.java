package looplab.shell.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import looplab.lessons.authoring.NodeOracle;
import looplab.lessons.authoring.PackChecker;
import looplab.lessons.format.LessonFormatException;
import looplab.lessons.format.PackLoader;
import looplab.lessons.model.LessonPack;
import looplab.lessons.run.SnippetRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code looplab lessons …}: the authoring kit for lesson packs. */
@Command(name = "lessons",
        mixinStandardHelpOptions = true,
        description = "Tools for people who write lessons.",
        subcommands = {LessonsCommand.Check.class})
public final class LessonsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCode.USAGE.code;
    }

    /** {@code looplab lessons check [DIR]}. */
    @Command(name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Validate a lesson pack (the built-in one when no DIR is given): read every file,",
                "run every snippet and every exercise's reference in every order its races allow,",
                "and check that each runs without error within its limit, that races are met",
                "exactly where a ### Race section acknowledges them, that write exercises' references",
                "meet their own constraints, and - when `node` is installed - that Node prints one",
                "of the orders looplab computed.",
                "",
                "Exit codes: 0 the pack passed; 1 a check failed; 2 a file is malformed."
            })
    public static final class Check implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "A directory of lesson files.")
        Path dir;

        @Option(names = "--no-node", description = "Do not compare with node even when it is installed.")
        boolean noNode;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            LessonPack pack;
            try {
                pack = dir == null ? PackLoader.builtin() : PackLoader.directory(dir);
            } catch (LessonFormatException e) {
                System.err.println("looplab lessons check: " + e.getMessage());
                return ExitCode.USAGE.code;
            }
            NodeOracle node = noNode ? null : NodeOracle.find();
            out.println("Checking " + count(pack.lessons().size(), "lesson") + " and "
                    + count(pack.exercises().size(), "exercise file") + " (" + pack.name() + " pack), "
                    + (node == null ? "without node" + (noNode ? "" : " (not installed)")
                    : "against " + node.executable()) + ".");
            PackChecker checker = new PackChecker(SnippetRunner.warm(), node, (where, problems) -> {
                if (problems.isEmpty()) {
                    out.println("  ok  " + where);
                }
                for (PackChecker.Problem p : problems) {
                    out.println("  FAIL " + p);
                }
            });
            PackChecker.Report report = checker.check(pack);
            out.println(count(report.programs(), "program") + " checked in " + count(report.runs(), "run") + ": "
                    + (report.passed() ? "all good." : count(report.problems().size(), "problem") + "."));
            if (!report.passed()) {
                List<PackChecker.Problem> problems = report.problems();
                for (PackChecker.Problem p : problems) {
                    System.err.println(p);
                }
            }
            return report.passed() ? ExitCode.OK.code : ExitCode.FAILED.code;
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
