package looplab.engine.js;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import org.openjdk.nashorn.api.scripting.ScriptUtils;
import org.openjdk.nashorn.internal.runtime.AccessorProperty;
import org.openjdk.nashorn.internal.runtime.Property;
import org.openjdk.nashorn.internal.runtime.PropertyMap;
import org.openjdk.nashorn.internal.runtime.ScriptObject;
import org.openjdk.nashorn.internal.runtime.SpillProperty;

/**
 * Adds one own data property, under a fixed key, to freshly built script objects that all
 * have the same shape: the {@code [Symbol(asyncId)]} of every {@code Timeout} and
 * {@code Immediate}. Nashorn links a named property store once per call site, but a store
 * under a computed key (a symbol) takes its generic path every time, which builds a new
 * property descriptor and its setter method handles for each object: about a microsecond,
 * more than the whole rest of a {@code setImmediate}.
 *
 * <p>The first object of a shape takes that generic path; the shape it leads to and the new
 * slot's setter are remembered (for a few shapes), and later objects of the same shape just
 * switch to the remembered shape (the transition Nashorn's own map history would return) and
 * store the value. Anything unusual (a spill slot, a fifth shape) keeps to the generic path.
 * Loop-thread only, like the runtime that owns it.
 */
public final class PropertyStamp {
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    /** How many shapes are remembered (a Promise, a derived promise, a subclass instance…). */
    private static final int SHAPES = 4;

    private final Object key;
    /** The new property's attributes ({@link Property} flags); 0: a plain assignment's. */
    private final int flags;
    private final PropertyMap[] before = new PropertyMap[SHAPES];
    private final PropertyMap[] after = new PropertyMap[SHAPES];
    private final MethodHandle[] setter = new MethodHandle[SHAPES];
    private int next;

    /** @param key the property key: a script symbol or a string. */
    public PropertyStamp(Object key) {
        this(key, 0);
    }

    /**
     * @param key   the property key: a script symbol, a string or (for a {@link HiddenSlot}) a
     *              key of Java's own that no script can name
     * @param flags {@link Property} flags of the new property; with any, the property is added
     *              as an own property without the script assignment's checks (no setter on
     *              the prototype chain is called)
     */
    public PropertyStamp(Object key, int flags) {
        this.key = key;
        this.flags = flags;
    }

    /** {@code target[key] = value} on a script object that does not have the property yet. */
    public void set(Object target, Object value) {
        if (!(ScriptUtils.unwrap(target) instanceof ScriptObject object)) {
            throw new IllegalArgumentException("not a script object");
        }
        PropertyMap map = object.getMap();
        for (int i = 0; i < SHAPES; i++) {
            if (before[i] == map) {
                object.setMap(after[i]);
                try {
                    setter[i].invokeExact((Object) object, value);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
                return;
            }
        }
        if (flags == 0) {
            object.set(key, value, 0);
        } else {
            object.addOwnProperty(key, flags, value);
        }
        remember(map, object.getMap());
    }

    private void remember(PropertyMap from, PropertyMap to) {
        if (from == to || from.findProperty(key) != null) {
            return;
        }
        Property added = to.findProperty(key);
        if (!(added instanceof AccessorProperty) || added instanceof SpillProperty
                || added.getSlot() < 0 || added.isAccessorProperty() || added.hasDualFields()
                || added.getType() != Object.class) {
            return;
        }
        try {
            MethodHandle set = added.getSetter(Object.class, to).asType(SETTER);
            int i = next;
            next = (next + 1) % SHAPES;
            before[i] = from;
            after[i] = to;
            setter[i] = set;
        } catch (RuntimeException unexpected) {
            // Keep to the generic path.
        }
    }
}
