package looplab.engine.node;

import looplab.engine.loop.Callback;

/**
 * The body of a callback that calls a script function: {@code fn.apply(self, args)}, or
 * {@code fn(arg)} through {@link Calls#invoke1}. A class rather than a lambda: the launcher's
 * C1-only JIT allocates a capturing lambda through a method handle ({@code Unsafe.allocateInstance}),
 * a plain {@code new} inline; one is made per promise job, tick and immediate (1M promise
 * reactions: 5% of the run's time went to making their lambdas).
 */
final class ScriptCall implements Callback.Body {
    private final Calls calls;
    private final Object fn;
    private final Object self;
    /** The arguments, or {@code null} for a call of one argument, {@link #arg}. */
    private final Object[] args;
    private final Object arg;

    private ScriptCall(Calls calls, Object fn, Object self, Object[] args, Object arg) {
        this.calls = calls;
        this.fn = fn;
        this.self = self;
        this.args = args;
        this.arg = arg;
    }

    /** {@code fn.apply(self, args)}. */
    static ScriptCall of(Calls calls, Object fn, Object self, Object[] args) {
        return new ScriptCall(calls, fn, self, args, null);
    }

    /** {@code fn(arg)}, {@code this} undefined. */
    static ScriptCall withOne(Calls calls, Object fn, Object arg) {
        return new ScriptCall(calls, fn, null, null, arg);
    }

    @Override
    public void run() {
        if (args == null) {
            calls.invoke1(fn, arg);
        } else {
            calls.invoke(fn, self, args);
        }
    }
}
