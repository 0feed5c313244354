package looplab.engine.js;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import org.openjdk.nashorn.internal.runtime.AccessorProperty;
import org.openjdk.nashorn.internal.runtime.Property;
import org.openjdk.nashorn.internal.runtime.PropertyMap;
import org.openjdk.nashorn.internal.runtime.ScriptFunction;
import org.openjdk.nashorn.internal.runtime.ScriptObject;

/**
 * A function's {@code name} and {@code length} are configurable, as ES2015 made them: a class
 * may declare {@code static name()} (lowered to a define of {@code C.name}), code may
 * {@code Object.defineProperty(fn, 'name', ...)} or {@code delete fn.name}. Nashorn gives every
 * function the two as non-configurable properties read from the function itself, which makes
 * all of that a TypeError ("Cannot redefine property").
 *
 * <p>All functions, built-in or not, share the same two {@link Property} objects (the maps of
 * {@link ScriptFunction}, and every map derived from them), so they are changed once per JVM:
 * no longer {@code NOT_CONFIGURABLE}, and given a setter. Nashorn calls a property's setter in
 * two cases here: to erase the value before it deletes the property or turns it into an
 * accessor (the property is still read-only then: nothing to do), and from
 * {@code Object.defineProperty} with a value, after it has made the property writable for the
 * store: then the property becomes an ordinary data property holding that value (Nashorn's
 * define reads the property back after the store and applies the requested attributes).
 */
public final class FunctionProperties {
    private static boolean installed;

    private FunctionProperties() {
    }

    /** Makes {@code name} and {@code length} of every function configurable (idempotent). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            Field flags = Property.class.getDeclaredField("flags");
            flags.setAccessible(true);
            Field objectSetter = AccessorProperty.class.getDeclaredField("objectSetter");
            objectSetter.setAccessible(true);
            MethodHandle store = MethodHandles.lookup().findStatic(FunctionProperties.class, "store",
                    MethodType.methodType(void.class, String.class, Object.class, Object.class));
            for (String mapName : new String[] {"map$", "strictmodemap$", "boundfunctionmap$"}) {
                Field f = ScriptFunction.class.getDeclaredField(mapName);
                f.setAccessible(true);
                PropertyMap map = (PropertyMap) f.get(null);
                for (String key : new String[] {"name", "length"}) {
                    Property p = map.findProperty(key);
                    if (p instanceof AccessorProperty && !p.isConfigurable()) {
                        flags.setInt(p, flags.getInt(p) & ~Property.NOT_CONFIGURABLE);
                        objectSetter.set(p, MethodHandles.insertArguments(store, 0, key));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A Nashorn whose internals differ: functions keep Nashorn's attributes.
        }
    }

    /** The setter of {@code name} and {@code length} (see the class comment). */
    @SuppressWarnings("unused")
    private static void store(String key, Object self, Object value) {
        if (!(self instanceof ScriptObject object)) {
            return;
        }
        PropertyMap map = object.getMap();
        Property p = map.findProperty(key);
        if (!(p instanceof AccessorProperty) || !p.isWritable()) {
            return;
        }
        PropertyMap without = map.deleteProperty(p);
        if (without != null) {
            object.setMap(without);
            object.addOwnProperty(key, 0, value);
        }
    }
}
