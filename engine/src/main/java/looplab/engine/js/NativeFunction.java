package looplab.engine.js;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;
import org.openjdk.nashorn.internal.runtime.ScriptFunction;
import org.openjdk.nashorn.internal.runtime.ScriptObject;

/**
 * Java code that script code calls the way it calls Nashorn's own built-ins ({@code Math.max}):
 * a real script function around a method handle, linked straight to it at each call site.
 * A {@link HostFunction} is a foreign object to Nashorn: every call to one goes through the
 * generic {@code JSObject} linkage, which packs the arguments into an array and wraps each
 * script object in a mirror, several times the cost of the call itself. That matters for the
 * few host calls made once per callback or per loop iteration (the guard, scheduling a
 * callback); everything else stays a {@code HostFunction}.
 *
 * <p>The Java side receives the script's own values: script objects unwrapped (never a
 * mirror), {@code undefined} for a missing argument, and must return script values.
 * Such a function has to be made while its global is the thread's current one.
 */
public final class NativeFunction {
    private NativeFunction() {
    }

    /** {@code fn(a)}: the Java side gets the first argument ({@code undefined} if none). */
    @FunctionalInterface
    public interface Arity1 {
        Object call(Object a);
    }

    /** {@code fn(a, b, c, d)}: missing arguments are {@code undefined}, extra ones dropped. */
    @FunctionalInterface
    public interface Arity4 {
        Object call(Object a, Object b, Object c, Object d);
    }

    private static final MethodHandle CALL1;
    private static final MethodHandle CALL4;
    private static final MethodHandle CALLN;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            CALL1 = lookup.findStatic(NativeFunction.class, "call1",
                    MethodType.methodType(Object.class, Arity1.class, Object.class, Object.class));
            CALL4 = lookup.findStatic(NativeFunction.class, "call4", MethodType.methodType(Object.class,
                    Arity4.class, Object.class, Object.class, Object.class, Object.class, Object.class));
            CALLN = lookup.findVirtual(HostFunction.Body.class, "call",
                    MethodType.methodType(Object.class, Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Object call1(Arity1 body, Object self, Object a) {
        return body.call(a);
    }

    private static Object call4(Arity4 body, Object self, Object a, Object b, Object c, Object d) {
        return body.call(a, b, c, d);
    }

    /** A script function {@code name} of one parameter. */
    public static ScriptFunction of(String name, Arity1 body) {
        return ScriptFunction.createBuiltin(name, CALL1.bindTo(body));
    }

    /** A script function {@code name} of four parameters. */
    public static ScriptFunction of(String name, Arity4 body) {
        return ScriptFunction.createBuiltin(name, CALL4.bindTo(body));
    }

    /**
     * A script function {@code name} taking any number of arguments, which the Java side
     * receives in an array together with {@code this} (as a {@link HostFunction} does, but
     * with the script's own values).
     */
    public static ScriptFunction of(String name, HostFunction.Body body) {
        return ScriptFunction.createBuiltin(name, CALLN.bindTo(body));
    }

    /** A value for script code: a mirror of a script object becomes the object itself. */
    public static Object unwrap(Object value) {
        if (value instanceof ScriptObjectMirror mirror) {
            Object raw = org.openjdk.nashorn.api.scripting.ScriptUtils.unwrap(mirror);
            return raw instanceof ScriptObject ? raw : value;
        }
        return value;
    }
}
