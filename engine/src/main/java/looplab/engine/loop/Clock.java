package looplab.engine.loop;

/**
 * The loop's time: what timers, {@code Date.now()}, {@code performance.now()} and
 * {@code process.hrtime()} see.
 *
 * <p>The real clock is wall time since the main script started. The virtual clock is built so
 * that orders come out as on a fast Node, not as on a slow JVM:
 * <ul>
 *   <li>idle waits are skipped: a 5 s timer fires at once, at t=5000;</li>
 *   <li>a real wait for I/O in flight (thread-pool work) counts at real speed, so a file read
 *       still beats a 600 ms timer;</li>
 *   <li>time spent executing code counts as the program observes it: within one callback,
 *       the real time between two clock reads is added, so a busy-wait on {@code Date.now()}
 *       takes as long as it asks for. Time nobody measures (Nashorn compiling a function on
 *       first use, looplab's own bookkeeping) does not move timers.</li>
 *   <li>two costs of Node's own are charged: a script's first write to stdout or stderr
 *       ({@link looplab.engine.node.ProgramOutput#NODE_FIRST_WRITE_MS}) and the start of the
 *       thread pool by the first request ({@link EventLoop#poolStarting}).</li>
 * </ul>
 */
public interface Clock {
    /** Milliseconds since the run started, with sub-millisecond precision. */
    double nowMs();

    /** A read by the program itself ({@code Date.now()} and friends). */
    double observe();

    /** A new callback starts: clock reads from the previous one no longer chain. */
    void beginCallback();

    /** Wall-clock milliseconds of the epoch at the run's start (for {@code Date.now()}). */
    long epochAtStartMs();

    /** The loop had nothing to do for {@code ms}: the virtual clock jumps, the real one waited. */
    void skip(double ms);

    /** The loop really waited {@code ms} for I/O in flight. */
    void waited(double ms);

    /** Makes "now" 0 again: the run's time starts with the main script, not engine start-up. */
    void restart();

    /**
     * Real time from here to {@link #endOwnWork} is looplab's, not the program's: loading one
     * of looplab's runtime scripts on first use (Nashorn compiles it, tens of milliseconds),
     * where Node has its built-in modules ready. A program that reads the clock before and
     * after {@code require('events')} must not see that time. Calls nest.
     */
    default void beginOwnWork() {
    }

    /** Ends what {@link #beginOwnWork} began. */
    default void endOwnWork() {
    }

    /** Whether idle waits really wait. */
    boolean isReal();

    /** "virtual" or "real", as in the trace's {@code start} event. */
    String name();

    static Clock virtual() {
        return new VirtualClock();
    }

    static Clock real() {
        return new RealClock();
    }

    /** Wall time. */
    final class RealClock implements Clock {
        private long startNanos = System.nanoTime();
        private long epochAtStart = System.currentTimeMillis();

        @Override
        public double nowMs() {
            return (System.nanoTime() - startNanos) / 1e6;
        }

        @Override
        public double observe() {
            return nowMs();
        }

        @Override
        public void beginCallback() {
        }

        @Override
        public long epochAtStartMs() {
            return epochAtStart;
        }

        @Override
        public void skip(double ms) {
        }

        @Override
        public void waited(double ms) {
        }

        @Override
        public void restart() {
            startNanos = System.nanoTime();
            epochAtStart = System.currentTimeMillis();
        }

        @Override
        public boolean isReal() {
            return true;
        }

        @Override
        public String name() {
            return "real";
        }
    }

    /** Skipped idle time, real I/O waits and observed execution time. */
    final class VirtualClock implements Clock {
        private double nowMs;
        private long lastReadNanos = -1;
        private int ownWorkDepth;
        private long ownWorkSince;
        private long epochAtStart = System.currentTimeMillis();

        @Override
        public double nowMs() {
            return nowMs;
        }

        @Override
        public double observe() {
            long real = System.nanoTime();
            if (lastReadNanos >= 0) {
                nowMs += (real - lastReadNanos) / 1e6;
            }
            lastReadNanos = real;
            return nowMs;
        }

        @Override
        public void beginCallback() {
            lastReadNanos = -1;
        }

        @Override
        public void beginOwnWork() {
            if (ownWorkDepth++ == 0) {
                ownWorkSince = System.nanoTime();
            }
        }

        @Override
        public void endOwnWork() {
            if (--ownWorkDepth == 0 && lastReadNanos >= 0) {
                // The next read counts from the last one as if the own work had taken no time.
                long now = System.nanoTime();
                lastReadNanos = Math.min(now, lastReadNanos + (now - Math.max(ownWorkSince, lastReadNanos)));
            }
        }

        @Override
        public long epochAtStartMs() {
            return epochAtStart;
        }

        @Override
        public void skip(double ms) {
            if (ms > 0) {
                // Rounded to the nanosecond, so landing "exactly on" a deadline really does.
                nowMs = Math.round((nowMs + ms) * 1e6) / 1e6;
            }
        }

        @Override
        public void waited(double ms) {
            skip(ms);
        }

        @Override
        public void restart() {
            nowMs = 0;
            lastReadNanos = -1;
            epochAtStart = System.currentTimeMillis();
        }

        @Override
        public boolean isReal() {
            return false;
        }

        @Override
        public String name() {
            return "virtual";
        }
    }
}
