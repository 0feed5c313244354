package looplab.engine.node;

import java.util.HashMap;
import java.util.Map;
import looplab.engine.js.HostFunction;
import looplab.engine.js.HostObject;
import looplab.engine.js.PropertyStamp;
import looplab.engine.loop.Callback;
import looplab.engine.loop.EventLoop;
import looplab.engine.loop.HandleQueue;
import looplab.engine.loop.Source;
import looplab.engine.loop.Timer;
import org.openjdk.nashorn.internal.runtime.Undefined;

/**
 * The host half of {@code timers.js}, {@code process.nextTick}, {@code queueMicrotask} and
 * promise jobs: each call becomes a {@link Callback} handed to the loop. No ordering logic.
 */
final class TimersModule {
    private static final Object[] NONE = new Object[0];
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
    private final Map<Long, HandleQueue.Handle> immediates = new HashMap<>();
    /** Fresh own properties under the runtime's symbol keys, by key ({@link #stampId}). */
    private final Map<Object, PropertyStamp> stamps = new java.util.IdentityHashMap<>();

    TimersModule(EventLoop loop, Calls calls) {
        this.loop = loop;
        this.calls = calls;
    }

    void install(HostObject host) {
        // Scheduling calls are made once per callback: native functions, which get the
        // script's own values (no mirrors), and the callbacks run through calls.invoke.
        host.nativeFunction("timerStart", (self, a) -> stampId(a[1], a, 5, timerStart(a[0], a[1], a[2],
                        ((Number) a[3]).longValue(), Boolean.TRUE.equals(a[4]))))
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
            .nativeFunction("immediateStart", (self, a) -> stampId(a[1], a, 3, immediateStart(a[0], a[1], a[2])))
            .function("immediateClear", (self, a) -> {
                HandleQueue.Handle h = immediates.remove(id(a[0]));
                if (h != null) {
                    loop.clearImmediate(h, calls.where());
                }
                return null;
            })
            .function("immediateRef", (self, a) -> {
                HandleQueue.Handle h = immediates.get(id(a[0]));
                if (h != null) {
                    loop.setImmediateRef(h, Boolean.TRUE.equals(a[1]));
                }
                return null;
            })
            .function("immediateHasRef", (self, a) -> {
                HandleQueue.Handle h = immediates.get(id(a[0]));
                return h != null && !h.isCancelled() && h.isRef();
            })
            .nativeFunction("nextTick", (self, a) -> {
                Object fn = a[0];
                Object[] args = calls.rawArguments(a.length > 1 ? a[1] : null);
                long id = loop.nextId();
                loop.addTick(new Callback(id, "nextTick", calls.where(), Source.NEXT_TICK,
                        () -> calls.invoke(fn, null, args)));
                return null;
            })
            .nativeFunction("queueMicrotask", (self, a) -> {
                Object fn = a[0];
                loop.addMicrotask(new Callback(loop.nextId(), "queueMicrotask", calls.where(),
                        Source.MICROTASK, () -> calls.invoke(fn, null, NONE)));
                return null;
            })
            .function("stampProperty", (self, a) -> {
                // promise.js: promise[SLOT] = record on a new promise (see stampId).
                stamps.computeIfAbsent(a[1], PropertyStamp::new).set(a[0], HostFunction.arg(a, 2));
                return null;
            })
            .nativeFunction("enqueueJob", (self, a) -> {
                Object job = a[0];
                String at = calls.whereOr(a.length > 2 ? a[2] : null);
                loop.addMicrotask(new Callback(loop.nextId(), "promise", at, Source.MICROTASK,
                        () -> calls.invoke(job, null, NONE)));
                return null;
            });
    }

    private Object timerStart(Object fn, Object self, Object args, long msecs, boolean repeat) {
        Object[] argv = calls.rawArguments(args);
        long id = loop.nextId();
        Timer[] made = new Timer[1];
        Callback cb = new Callback(id, repeat ? "setInterval" : "setTimeout", calls.where(),
                Source.TIMERS, () -> {
                    try {
                        calls.invoke(fn, self, argv);
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
        return (double) id;
    }

    private Object immediateStart(Object fn, Object self, Object args) {
        Object[] argv = calls.rawArguments(args);
        long id = loop.nextId();
        Callback cb = new Callback(id, "setImmediate", calls.where(), Source.CHECK, () -> {
            immediates.remove(id);
            calls.invoke(fn, self, argv);
        });
        immediates.put(id, loop.addImmediate(cb));
        return (double) id;
    }

    /**
     * {@code timer[key] = id} for a new Timeout or Immediate when timers.js passes the key as
     * argument {@code keyAt} ({@link PropertyStamp}: the same own symbol property the script
     * would add, without Nashorn's slow generic store); returns the id either way.
     */
    private Object stampId(Object timer, Object[] args, int keyAt, Object id) {
        if (keyAt < args.length && args[keyAt] != null && !(args[keyAt] instanceof Undefined)) {
            stamps.computeIfAbsent(args[keyAt], PropertyStamp::new).set(timer, id);
        }
        return id;
    }

    private static long id(Object value) {
        return value instanceof Number n ? n.longValue() : -1;
    }
}
