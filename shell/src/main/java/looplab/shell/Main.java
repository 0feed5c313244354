package looplab.shell;

import looplab.lessons.grade.WorkerPrestart;
import looplab.shell.cli.GradePrestart;
import looplab.shell.cli.LooplabCommand;
import looplab.shell.cli.RunFastPath;

/** Entry point of the runnable jar: hands the arguments to picocli and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        looplab.shell.repl.StartupLog.mark("main");
        // A plain `run` skips picocli's start-up (RunFastPath); anything else goes through it.
        looplab.engine.Stamps.mark("main");
        // `grade` starts its worker first of all, so that its JVM comes up while picocli parses.
        boolean prestarted = GradePrestart.start(args);
        Integer quick = RunFastPath.tryRun(args);
        int code = quick != null ? quick : LooplabCommand.execute(args);
        if (prestarted) {
            WorkerPrestart.discard(); // a usage error, or a worker the grader did not want
        }
        if (System.getenv("LOOPLAB_CDS_TRAINING") != null) {
            // bin/looplab's class-data training run: load the REPL's classes as well, so the
            // archive covers the path to the first prompt, not only `run`.
            LooplabCommand.trainRepl();
        }
        looplab.engine.Stamps.mark("exit");
        System.exit(code);
    }
}
