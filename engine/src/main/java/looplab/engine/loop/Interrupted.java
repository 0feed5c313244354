package looplab.engine.loop;

/** Running code was stopped from outside (the REPL's Ctrl-C); the session itself goes on. */
public final class Interrupted extends Unwind {
    public Interrupted() {
        super("interrupted");
    }
}
