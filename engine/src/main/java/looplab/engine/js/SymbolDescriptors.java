package looplab.engine.js;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.openjdk.nashorn.internal.objects.Global;
import org.openjdk.nashorn.internal.objects.NativeObject;
import org.openjdk.nashorn.internal.runtime.Context;
import org.openjdk.nashorn.internal.runtime.ScriptFunction;
import org.openjdk.nashorn.internal.runtime.ScriptObject;
import org.openjdk.nashorn.internal.runtime.Symbol;

/**
 * {@code Object.getOwnPropertyDescriptor(o, symbol)} and {@code o.propertyIsEnumerable(symbol)}:
 * Nashorn's convert the key with ToString, which throws for a symbol ("Can not convert Symbol
 * value to string"), although the object itself looks symbol keys up fine. Every global gets
 * built-ins of the same names and lengths that hand a symbol key straight to the object and
 * everything else to Nashorn's.
 * (Object.getOwnPropertyDescriptors, the inspector and lowered object literals go through it.)
 */
final class SymbolDescriptors {
    private static final MethodHandle GET_OWN_PROPERTY_DESCRIPTOR;
    private static final MethodHandle PROPERTY_IS_ENUMERABLE;

    static {
        try {
            GET_OWN_PROPERTY_DESCRIPTOR = MethodHandles.lookup().findStatic(SymbolDescriptors.class,
                    "getOwnPropertyDescriptor", MethodType.methodType(Object.class, Object.class, Object.class, Object.class));
            PROPERTY_IS_ENUMERABLE = MethodHandles.lookup().findStatic(SymbolDescriptors.class,
                    "propertyIsEnumerable", MethodType.methodType(boolean.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SymbolDescriptors() {
    }

    /** Replaces {@code Object.getOwnPropertyDescriptor} of this global. */
    static void install(ScriptObject scope) {
        if (!(scope instanceof Global global)) {
            return;
        }
        Global previous = Context.getGlobal();
        Context.setGlobal(global);
        try {
            if (global.get("Object") instanceof ScriptObject objectConstructor) {
                ScriptFunction fn = ScriptFunction.createBuiltin("getOwnPropertyDescriptor", GET_OWN_PROPERTY_DESCRIPTOR);
                objectConstructor.set("getOwnPropertyDescriptor", fn, 0);
                if (objectConstructor.get("prototype") instanceof ScriptObject prototype) {
                    prototype.set("propertyIsEnumerable",
                            ScriptFunction.createBuiltin("propertyIsEnumerable", PROPERTY_IS_ENUMERABLE), 0);
                }
            }
        } finally {
            Context.setGlobal(previous);
        }
    }

    @SuppressWarnings("unused")
    private static Object getOwnPropertyDescriptor(Object self, Object obj, Object key) {
        if (key instanceof Symbol && obj instanceof ScriptObject object) {
            return object.getOwnPropertyDescriptor(key);
        }
        return NativeObject.getOwnPropertyDescriptor(self, obj, key);
    }

    @SuppressWarnings("unused")
    private static boolean propertyIsEnumerable(Object self, Object key) {
        if (key instanceof Symbol && Global.toObject(self) instanceof ScriptObject object) {
            org.openjdk.nashorn.internal.runtime.Property p = object.getMap().findProperty(key);
            return p != null && p.isEnumerable();
        }
        return NativeObject.propertyIsEnumerable(self, key);
    }
}
