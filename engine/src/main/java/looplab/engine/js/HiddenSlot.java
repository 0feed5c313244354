package looplab.engine.js;

import org.openjdk.nashorn.api.scripting.ScriptUtils;
import org.openjdk.nashorn.internal.runtime.Property;
import org.openjdk.nashorn.internal.runtime.PropertyMap;
import org.openjdk.nashorn.internal.runtime.ScriptObject;

/**
 * An internal slot of script objects: an own property under a key no script can name, list,
 * copy or delete. V8 keeps a promise's state and result outside its properties, so in Node
 * {@code Object.getOwnPropertySymbols(p)} and {@code Reflect.ownKeys(p)} are empty; a slot
 * under a symbol showed there.
 *
 * <p>Nashorn takes any Java object as a property key, while a script reaches properties only
 * by string or symbol (a computed key is converted to one) and every listing of own keys keeps
 * to those two types ({@code ScriptObject.getOwnKeys}). A key that is neither is seen by Java
 * alone. The property is non-writable and non-configurable as well as non-enumerable, so that
 * {@code Object.freeze} has nothing to change in it and {@code Object.isFrozen} of a
 * non-extensible promise is true, as in Node. Its value is read by Java and handed to the
 * runtime's script through a native function; it is never replaced.
 *
 * <p>Stores go through a {@link PropertyStamp} (a known shape just switches to the next one);
 * reads remember the slot's property for the last few shapes. Loop-thread only.
 */
public final class HiddenSlot {
    private static final int FLAGS = Property.NOT_ENUMERABLE | Property.NOT_WRITABLE | Property.NOT_CONFIGURABLE;
    private static final int SHAPES = 4;

    private final Key key;
    private final PropertyStamp stamp;
    /** The slot's property (or null) in the last few maps read, one entry per map. */
    private final Seen[] seen = new Seen[SHAPES];
    private int next;

    /** @param name what the key calls itself in Nashorn's debug output, e.g. {@code "PromiseRecord"} */
    public HiddenSlot(String name) {
        this.key = new Key(name);
        this.stamp = new PropertyStamp(key, FLAGS);
    }

    /**
     * Gives {@code target} the slot, holding {@code value}.
     *
     * @throws IllegalArgumentException when target is not a script object or already has it
     */
    public void attach(Object target, Object value) {
        if (!(ScriptUtils.unwrap(target) instanceof ScriptObject object) || propertyOf(object) != null) {
            throw new IllegalArgumentException("not a script object without the slot");
        }
        stamp.set(object, value);
    }

    /** The slot's value, or {@code null} when {@code target} is not a script object with the slot. */
    public Object get(Object target) {
        Object raw = target instanceof ScriptObject ? target : ScriptUtils.unwrap(target);
        if (!(raw instanceof ScriptObject object)) {
            return null;
        }
        Property property = propertyOf(object);
        return property == null ? null : property.getObjectValue(object, object);
    }

    /** The slot's property in the object's own map (never a prototype's), or null. */
    private Property propertyOf(ScriptObject object) {
        PropertyMap map = object.getMap();
        for (Seen s : seen) {
            if (s != null && s.map == map) {
                return s.property;
            }
        }
        // (A map never changes: whether it has the slot is known for good.)
        Property found = map.findProperty(key);
        seen[next] = new Seen(map, found);
        next = (next + 1) % SHAPES;
        return found;
    }

    /** A map and the slot's property in it, stored as one reference. */
    private record Seen(PropertyMap map, Property property) {
    }

    /** A key equal only to itself. */
    private static final class Key {
        private final String name;

        Key(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "[[" + name + "]]";
        }
    }
}
