package looplab.shell.cli;

/** The exit codes of DESIGN.md that are looplab's own (a script's own code passes through). */
public enum ExitCode {
    OK(0),
    FAILED(1),
    USAGE(2),
    GRADE_INCOMPLETE(3),
    TIMEOUT(124);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
