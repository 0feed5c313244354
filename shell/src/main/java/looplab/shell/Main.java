package looplab.shell;

import looplab.shell.cli.LooplabCommand;

/** Entry point of the runnable jar: hands the arguments to picocli and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = LooplabCommand.execute(args);
        if (System.getenv("LOOPLAB_CDS_TRAINING") != null) {
            // bin/looplab's class-data training run: load the REPL's classes as well, so the
            // archive covers the path to the first prompt, not only `run`.
            LooplabCommand.trainRepl();
        }
        System.exit(code);
    }
}
