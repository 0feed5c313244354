package looplab.engine.node;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import looplab.engine.js.HiddenSlot;
import looplab.engine.js.HostFunction;
import looplab.engine.js.HostObject;
import looplab.engine.js.NativeFunction;
import looplab.engine.js.PropertyStamp;
import looplab.engine.js.ShapeTemplate;
import looplab.engine.loop.Callback;
import looplab.engine.loop.EventLoop;
import looplab.engine.loop.HandleQueue;
import looplab.engine.loop.Source;
import looplab.engine.loop.Timer;
import org.openjdk.nashorn.internal.objects.Global;
import org.openjdk.nashorn.internal.runtime.JSType;
import org.openjdk.nashorn.internal.runtime.ScriptFunction;
import org.openjdk.nashorn.internal.runtime.ScriptRuntime;
import org.openjdk.nashorn.internal.runtime.Undefined;
import org.openjdk.nashorn.internal.runtime.linker.Bootstrap;
import org.openjdk.nashorn.internal.runtime.linker.NashornCallSiteDescriptor;

/**
 * The host half of {@code timers.js}, {@code process.nextTick}, {@code queueMicrotask} and
 * promise jobs: each call becomes a {@link Callback} handed to the loop. No ordering logic.
 */
final class TimersModule {
    private static final Object[] NONE = new Object[0];
    private static final double TIMEOUT_MAX = 2147483647;
    private final EventLoop loop;
    private final Calls calls;
    private final Map<Long, Timer> timers = new HashMap<>();
    /**
     * Timeouts that have run, for a later {@code refresh()} (Node re-arms a fired timeout that
     * was not cleared). Only the latest few thousand are kept, so a program making timers
     * forever does not keep them all.
     */
    private final Map<Long, Timer> fired = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Timer> eldest) {
            return size() > 4096;
        }
    };
    private Object timeoutClass;
    private Object immediateClass;
    private Object invalidCallback;
    private Object coerceDelay;
    /** Store the Timeout's or Immediate's [Symbol(asyncId)] and a Timeout's [Symbol(refed)]. */
    private PropertyStamp asyncId;
    private Object asyncIdKey;
    /** Copies of the first Timeout and Immediate, for making the next ones. */
    private ShapeTemplate timeoutShape;
    private ShapeTemplate immediateShape;
    /** How many templates were made (a prototype that keeps changing makes no more). */
    private int shapeTries;
    private static final int MAX_SHAPE_TRIES = 16;
    private PropertyStamp refed;
    /** Call sites for {@code new Timeout(...)} and {@code new Immediate(...)} (made on first use). */
    private MethodHandle newTimeout;
    private MethodHandle newImmediate;

    private final HiddenSlot promiseRecords = new HiddenSlot("PromiseRecord");

    TimersModule(EventLoop loop, Calls calls) {
        this.loop = loop;
        this.calls = calls;
    }

    void install(HostObject host) {
        // Scheduling calls are made once per callback: native functions, which get the
        // script's own values (no mirrors), and the callbacks run through calls.invoke.
        // setTimeout, setInterval and setImmediate are made once per callback: built-in script
        // functions (no arguments object, no JavaScript frame in between), which get the
        // script's own values, and the callbacks run through calls.invoke.
        host.nativeFunction("timerEntryPoints", (self, a) -> entryPoints(a))
            .function("timerClear", (self, a) -> {
                fired.remove(id(a[0]));
                Timer t = timers.remove(id(a[0]));
                if (t != null) {
                    loop.clearTimer(t, calls.where());
                }
                return null;
            })
            .function("timerRefresh", (self, a) -> {
                Timer t = timers.get(id(a[0]));
                if (t == null && (t = fired.remove(id(a[0]))) != null) {
                    timers.put(id(a[0]), t);
                }
                if (t != null) {
                    loop.refreshTimer(t);
                }
                return null;
            })
            .function("timerRef", (self, a) -> {
                Timer t = timers.get(id(a[0]));
                if (t != null) {
                    loop.setTimerRef(t, Boolean.TRUE.equals(a[1]));
                }
                return null;
            })
            .function("timerHasRef", (self, a) -> {
                Timer t = timers.get(id(a[0]));
                return t != null && t.hasRef();
            })
            .function("immediateClear", (self, a) -> {
                HandleQueue.Handle h = loop.findImmediate(id(a[0]));
                if (h != null) {
                    loop.clearImmediate(h, calls.where());
                }
                return null;
            })
            .function("immediateRef", (self, a) -> {
                HandleQueue.Handle h = loop.findImmediate(id(a[0]));
                if (h != null) {
                    loop.setImmediateRef(h, Boolean.TRUE.equals(a[1]));
                }
                return null;
            })
            .function("immediateHasRef", (self, a) -> {
                HandleQueue.Handle h = loop.findImmediate(id(a[0]));
                return h != null && !h.isCancelled() && h.isRef();
            })
            .nativeFunction("nextTick", (self, a) -> {
                Object fn = a[0];
                Object[] args = calls.rawArguments(a.length > 1 ? a[1] : null);
                long id = loop.nextId();
                loop.addTick(new Callback(id, "nextTick", calls.where(), Source.NEXT_TICK,
                        ScriptCall.of(calls, fn, null, args)));
                return null;
            })
            .nativeFunction("queueMicrotask", (self, a) -> {
                Object fn = a[0];
                loop.addMicrotask(new Callback(loop.nextId(), "queueMicrotask", calls.where(),
                        Source.MICROTASK, ScriptCall.of(calls, fn, null, NONE)));
                return null;
            })
            // promise.js: enqueueJob(runner, arg, at) queues the job runner(arg); most jobs
            // are reactions, all run by one runner, so the loop calls through a call site
            // linked to it and the script makes no closure per job.
            .nativeFunction("enqueueJob", (runner, arg, at, unused) -> {
                loop.addMicrotask(new Callback(loop.nextId(), "promise", calls.whereOr(at), Source.MICROTASK,
                        ScriptCall.withOne(calls, runner, arg)));
                return null;
            })
            // A promise's internal slots: one record per promise, under a key no script can
            // name or list (HiddenSlot).
            .nativeFunction("promiseRecord", promiseRecords::get)
            .nativeFunction("setPromiseRecord", (promise, record, c, d) -> {
                promiseRecords.attach(promise, record);
                return null;
            });
    }

    /**
     * {@code host.timerEntryPoints(Timeout, Immediate, invalidCallback, coerceDelay, kId, kRefed)}
     * from timers.js: its constructors and helpers in, {@code [setTimeout, setInterval,
     * setImmediate]} out.
     */
    private Object entryPoints(Object[] a) {
        timeoutClass = a[0];
        immediateClass = a[1];
        invalidCallback = a[2];
        coerceDelay = a[3];
        asyncIdKey = a[4];
        asyncId = new PropertyStamp(a[4]);
        refed = new PropertyStamp(a[5]);
        ScriptFunction setTimeout = NativeFunction.of("setTimeout", (self, args) -> startTimeout(args, false));
        ScriptFunction setInterval = NativeFunction.of("setInterval", (self, args) -> startTimeout(args, true));
        ScriptFunction setImmediate = NativeFunction.of("setImmediate", (self, args) -> startImmediate(args));
        // Node's lengths: (callback, after, arg1, arg2, arg3) and (callback, arg1, arg2, arg3).
        setTimeout.setArity(5);
        setInterval.setArity(5);
        setImmediate.setArity(4);
        return Global.allocate(new Object[] {setTimeout, setInterval, setImmediate});
    }

    /** {@code setTimeout(callback, after, ...args)} and {@code setInterval}: a new Timeout. */
    private Object startTimeout(Object[] a, boolean repeat) {
        Object callback = HostFunction.arg(a, 0);
        checkCallback(callback);
        double after = delay(HostFunction.arg(a, 1));
        Object[] argv = a.length > 2 ? Arrays.copyOfRange(a, 2, a.length) : NONE;
        long id = loop.nextId();
        Object timeout = newTimeout(callback, after, scriptArray(argv), repeat, id);
        long msecs = (long) Math.floor(after);
        Timer[] made = new Timer[1];
        Callback cb = new Callback(id, repeat ? "setInterval" : "setTimeout", calls.where(),
                Source.TIMERS, () -> {
                    try {
                        calls.invoke(callback, timeout, argv);
                    } finally {
                        // A timeout that has run moves to the fired ones, unless its callback
                        // re-armed it with refresh().
                        if (!repeat && !made[0].isActive()) {
                            Timer ran = timers.remove(id);
                            if (ran != null) {
                                fired.put(id, ran);
                            }
                        }
                    }
                });
        Timer t = loop.addTimer(cb, msecs, repeat);
        made[0] = t;
        timers.put(id, t);
        return timeout;
    }

    /** {@code setImmediate(callback, ...args)}: a new Immediate. */
    private Object startImmediate(Object[] a) {
        Object callback = HostFunction.arg(a, 0);
        checkCallback(callback);
        Object[] argv = a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : NONE;
        long id = loop.nextId();
        Object immediate = newImmediate(callback, scriptArray(argv), id);
        loop.addImmediate(new Callback(id, "setImmediate", calls.where(), Source.CHECK,
                ScriptCall.of(calls, callback, immediate, argv)));
        return immediate;
    }

    /** Node's validateFunction(callback, 'callback'): timers.js throws its error. */
    private void checkCallback(Object callback) {
        if (JSType.of(callback) != JSType.FUNCTION) {
            ScriptRuntime.apply((ScriptFunction) invalidCallback, Undefined.getUndefined(), callback);
            throw new IllegalStateException("invalidCallback returned");
        }
    }

    /** A delay as Node takes it ({@code after *= 1}, then 1 unless within 1..2^31-1). */
    private double delay(Object after) {
        if (after instanceof Integer || after instanceof Double) {
            double ms = ((Number) after).doubleValue();
            if (ms >= 1 && ms <= TIMEOUT_MAX) {
                return ms;
            }
        }
        // Anything else (a string, an object's valueOf, a warning to print) is timers.js's.
        return JSType.toNumber(ScriptRuntime.apply((ScriptFunction) coerceDelay, Undefined.getUndefined(), after));
    }

    /** The extra arguments as the script array a Timeout or Immediate shows, or undefined. */
    private static Object scriptArray(Object[] argv) {
        return argv.length == 0 ? Undefined.getUndefined() : Global.allocate(argv.clone());
    }

    /**
     * {@code new Timeout(callback, after, args, isRepeat)} of timers.js with its
     * {@code [Symbol(refed)]} and {@code [Symbol(asyncId)]}: made by the constructor the first
     * time, then copied ({@link ShapeTemplate}).
     */
    private Object newTimeout(Object callback, double after, Object args, boolean repeat, long id) {
        Object prototype = ((ScriptFunction) timeoutClass).getPrototype();
        if (timeoutShape != null && timeoutShape.isCurrent(prototype)) {
            return timeoutShape.make(after, callback, args, repeat ? (Object) after : null, (double) id);
        }
        if (newTimeout == null) {
            newTimeout = Bootstrap.createDynamicInvoker("", NashornCallSiteDescriptor.NEW, Object.class,
                    Object.class, Object.class, Object.class, Object.class, Object.class);
        }
        Object timeout;
        try {
            timeout = (Object) newTimeout.invokeExact(timeoutClass, callback, (Object) after, args,
                    (Object) Boolean.valueOf(repeat));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        refed.set(timeout, Boolean.TRUE);
        asyncId.set(timeout, (double) id);
        if (shapeTries++ < MAX_SHAPE_TRIES) {
            timeoutShape = ShapeTemplate.of(timeout, "_idleTimeout", "_onTimeout", "_timerArgs", "_repeat", asyncIdKey);
        }
        return timeout;
    }

    /**
     * {@code new Immediate(callback, args)} of timers.js with its {@code [Symbol(asyncId)]}:
     * made by the constructor the first time, then copied ({@link ShapeTemplate}).
     */
    private Object newImmediate(Object callback, Object args, long id) {
        Object prototype = ((ScriptFunction) immediateClass).getPrototype();
        if (immediateShape != null && immediateShape.isCurrent(prototype)) {
            return immediateShape.make(callback, args, (double) id);
        }
        if (newImmediate == null) {
            newImmediate = Bootstrap.createDynamicInvoker("", NashornCallSiteDescriptor.NEW, Object.class,
                    Object.class, Object.class, Object.class);
        }
        Object immediate;
        try {
            immediate = (Object) newImmediate.invokeExact(immediateClass, callback, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        asyncId.set(immediate, (double) id);
        if (shapeTries++ < MAX_SHAPE_TRIES) {
            immediateShape = ShapeTemplate.of(immediate, "_onImmediate", "_argv", asyncIdKey);
        }
        return immediate;
    }

    private static long id(Object value) {
        return value instanceof Number n ? n.longValue() : -1;
    }
}
