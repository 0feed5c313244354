package looplab.engine.js;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import org.openjdk.nashorn.internal.runtime.AccessorProperty;
import org.openjdk.nashorn.internal.runtime.Property;
import org.openjdk.nashorn.internal.runtime.PropertyMap;
import org.openjdk.nashorn.internal.runtime.ScriptObject;

/**
 * New script objects of one shape made without running their constructor: a copy of a private
 * sample with a few own data properties given new values. The runtime makes a
 * {@code Timeout} or an {@code Immediate} for every setTimeout or setImmediate; built by its
 * script constructor, each costs a constructor call and a property-adding store per field
 * (each a chain of method handles that the start-up compiler does not inline), several times
 * what a copy costs.
 *
 * <p>A copy has the sample's own properties, in the same order, with the same attributes, the
 * same map and the same prototype: exactly what the constructor would have made as long as the
 * prototype is unchanged, which {@link #isCurrent} checks (a prototype given a property or a
 * setter since could change what the constructor makes). Loop-thread only, like the runtime
 * that owns it.
 */
public final class ShapeTemplate {
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final ScriptObject sample;
    private final ScriptObject prototype;
    private final PropertyMap prototypeMap;
    private final MethodHandle[] setters;

    private ShapeTemplate(ScriptObject sample, MethodHandle[] setters) {
        this.sample = sample;
        this.prototype = sample.getProto();
        this.prototypeMap = prototype == null ? null : prototype.getMap();
        this.setters = setters;
    }

    /**
     * A template from a freshly constructed object (copied at once, so later changes to it do
     * not matter) whose properties {@code keys} (string or script symbol keys) the copies will
     * set; {@code null} when one of them is not a plain data property in a field or spill slot
     * of its own (then keep to the constructor).
     */
    public static ShapeTemplate of(Object fresh, Object... keys) {
        if (!(NativeFunction.unwrap(fresh) instanceof ScriptObject object) || object.isArray()) {
            return null;
        }
        PropertyMap map = object.getMap();
        MethodHandle[] setters = new MethodHandle[keys.length];
        try {
            for (int i = 0; i < keys.length; i++) {
                Property p = map.findProperty(keys[i]);
                if (!(p instanceof AccessorProperty) || p.isAccessorProperty() || p.hasDualFields()
                        || p.getSlot() < 0 || !p.isWritable() || p.getType() != Object.class) {
                    return null;
                }
                setters[i] = p.getSetter(Object.class, map).asType(SETTER);
            }
            return new ShapeTemplate(object.copy(), setters);
        } catch (RuntimeException unexpected) {
            return null;
        }
    }

    /** Whether copies are still what the constructor would make (the prototype is as it was). */
    public boolean isCurrent(Object constructorPrototype) {
        return constructorPrototype == prototype && (prototype == null || prototype.getMap() == prototypeMap);
    }

    /** A copy with the template's first three properties set to these values. */
    public Object make(Object v0, Object v1, Object v2) {
        ScriptObject copy = sample.copy();
        try {
            setters[0].invokeExact((Object) copy, v0);
            setters[1].invokeExact((Object) copy, v1);
            setters[2].invokeExact((Object) copy, v2);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return copy;
    }

    /** A copy with the template's first five properties set to these values. */
    public Object make(Object v0, Object v1, Object v2, Object v3, Object v4) {
        ScriptObject copy = sample.copy();
        try {
            setters[0].invokeExact((Object) copy, v0);
            setters[1].invokeExact((Object) copy, v1);
            setters[2].invokeExact((Object) copy, v2);
            setters[3].invokeExact((Object) copy, v3);
            setters[4].invokeExact((Object) copy, v4);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return copy;
    }
}
