package looplab.shell;

import looplab.shell.cli.LooplabCommand;

/** Entry point of the runnable jar: hands the arguments to picocli and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(LooplabCommand.execute(args));
    }
}
