package looplab.engine.loop;

/**
 * The loop's time. {@link #nowMs()} is what {@code Date.now()}, {@code performance.now()} and the
 * timers see. The two implementations differ only in what an idle wait does: the real clock
 * lets it pass, the virtual clock jumps over it.
 */
public interface Clock {
    /** Milliseconds since the run started, with sub-millisecond precision. */
    double nowMs();

    /** Wall-clock milliseconds of the epoch at the run's start (for {@code Date.now()}). */
    long epochAtStartMs();

    /**
     * Accounts for the loop having nothing to do for {@code ms} milliseconds. The virtual clock
     * advances by that much at once; the real clock does nothing (the caller really waited).
     */
    void skip(double ms);

    /** Makes "now" 0 again: the run's time starts with the main script, not with engine start-up. */
    void restart();

    /** Whether idle waits really wait. */
    boolean isReal();

    /** "virtual" or "real", as in the trace's {@code start} event. */
    String name();

    static Clock virtual() {
        return new NanoClock(false);
    }

    static Clock real() {
        return new NanoClock(true);
    }

    /** Both clocks: real elapsed time, plus (virtual only) the idle time skipped so far. */
    final class NanoClock implements Clock {
        private long startNanos = System.nanoTime();
        private long epochAtStart = System.currentTimeMillis();
        private final boolean real;
        private double skippedMs;

        NanoClock(boolean real) {
            this.real = real;
        }

        @Override
        public double nowMs() {
            return (System.nanoTime() - startNanos) / 1e6 + skippedMs;
        }

        @Override
        public void restart() {
            startNanos = System.nanoTime();
            epochAtStart = System.currentTimeMillis();
            skippedMs = 0;
        }

        @Override
        public long epochAtStartMs() {
            return epochAtStart;
        }

        @Override
        public void skip(double ms) {
            if (!real && ms > 0) {
                skippedMs += ms;
            }
        }

        @Override
        public boolean isReal() {
            return real;
        }

        @Override
        public String name() {
            return real ? "real" : "virtual";
        }
    }
}
