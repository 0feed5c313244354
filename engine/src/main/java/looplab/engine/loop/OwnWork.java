package looplab.engine.loop;

/**
 * Marks looplab's own work on a loop thread for that loop's clock ({@link Clock#beginOwnWork}),
 * from code that has no loop at hand: the code cache, which Nashorn calls when a runtime
 * function runs for the first time, deep inside the program's own call.
 *
 * <p>Node has its built-ins compiled before the program starts; looplab reads each one's
 * classes from the cache on first use, or waits for the read-ahead thread to hand them over. A
 * program reading the clock around its first {@code setTimeout} or {@code fs.readFileSync} saw
 * that time as its own, and the more of it the busier the machine, when the read-ahead falls
 * behind: a first readFileSync took 13-21 ms of virtual time on a quiet machine and up to 62 ms
 * beside a test run (Node: under 1 ms), and a 20 ms busy-wait that began before it ended
 * before its first pass. Running cold code is still counted: the program's own calls are what
 * the clock measures.
 */
public final class OwnWork {
    private static final ThreadLocal<Clock> CLOCK = new ThreadLocal<>();

    private OwnWork() {
    }

    /** This thread runs {@code clock}'s loop until the binding is closed. */
    public static Binding bind(Clock clock) {
        Clock previous = CLOCK.get();
        CLOCK.set(clock);
        return () -> {
            if (previous == null) {
                CLOCK.remove();
            } else {
                CLOCK.set(previous);
            }
        };
    }

    /** Own work begins on this thread (nothing if no loop runs on it). */
    public static void begin() {
        Clock clock = CLOCK.get();
        if (clock != null) {
            clock.beginOwnWork();
        }
    }

    /** Ends what {@link #begin} began on this thread. */
    public static void end() {
        Clock clock = CLOCK.get();
        if (clock != null) {
            clock.endOwnWork();
        }
    }

    /** A thread's binding to a clock; closing it restores the thread's previous one. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
