package looplab.engine.loop;

/**
 * The REPL's clock: real by default, switched to virtual and back by {@code .clock} while the
 * session runs. Time never runs backwards across a switch: the new clock starts from the old
 * one's "now", so pending timers keep their due times. Switch only on the loop thread.
 */
public final class SwitchableClock implements Clock {
    private Clock current;
    private double offsetMs;
    private long epochAtStart = System.currentTimeMillis();

    public SwitchableClock(boolean real) {
        current = real ? Clock.real() : Clock.virtual();
    }

    /** Continues on a real or a virtual clock from the current time. */
    public void switchTo(boolean real) {
        if (real == current.isReal()) {
            return;
        }
        double now = nowMs();
        current = real ? Clock.real() : Clock.virtual();
        current.restart();
        offsetMs = now;
    }

    @Override
    public double nowMs() {
        return offsetMs + current.nowMs();
    }

    @Override
    public double observe() {
        return offsetMs + current.observe();
    }

    @Override
    public void beginCallback() {
        current.beginCallback();
    }

    @Override
    public void beginOwnWork() {
        current.beginOwnWork();
    }

    @Override
    public void endOwnWork() {
        current.endOwnWork();
    }

    @Override
    public long epochAtStartMs() {
        return epochAtStart;
    }

    @Override
    public void skip(double ms) {
        current.skip(ms);
    }

    @Override
    public void waited(double ms) {
        current.waited(ms);
    }

    @Override
    public void restart() {
        current.restart();
        offsetMs = 0;
        epochAtStart = System.currentTimeMillis();
    }

    @Override
    public boolean isReal() {
        return current.isReal();
    }

    @Override
    public String name() {
        return current.name();
    }
}
