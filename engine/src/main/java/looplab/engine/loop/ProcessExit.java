package looplab.engine.loop;

/**
 * Unwinds everything when the process ends early: {@code process.exit()}, a fatal error, an
 * expired {@code --timeout}.
 */
public final class ProcessExit extends Unwind {
    public final int code;

    public ProcessExit(int code) {
        super("process exit " + code);
        this.code = code;
    }
}
