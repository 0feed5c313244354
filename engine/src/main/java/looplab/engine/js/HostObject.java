package looplab.engine.js;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;
import org.openjdk.nashorn.internal.runtime.Undefined;

/**
 * The bridge object handed to the runtime's bootstrap script: a fixed set of named host
 * functions and plain values. Unknown members read as {@code undefined}, so nothing Java leaks.
 */
public final class HostObject extends AbstractJSObject {
    private final Map<String, Object> members = new LinkedHashMap<>();

    public HostObject function(String name, HostFunction.Body body) {
        members.put(name, new HostFunction(name, body));
        return this;
    }

    /**
     * A host function for the few calls made once per callback (scheduling one): a built-in
     * script function ({@link NativeFunction}) whose body receives the script's own values,
     * never mirrors. Only while the runtime's global is the thread's current one.
     */
    public HostObject nativeFunction(String name, HostFunction.Body body) {
        members.put(name, NativeFunction.of(name, body));
        return this;
    }

    /** {@link #nativeFunction(String, HostFunction.Body)} of one parameter: no arguments array. */
    public HostObject nativeFunction(String name, NativeFunction.Arity1 body) {
        members.put(name, NativeFunction.of(name, body));
        return this;
    }

    /** {@link #nativeFunction(String, HostFunction.Body)} of four parameters: no arguments array. */
    public HostObject nativeFunction(String name, NativeFunction.Arity4 body) {
        members.put(name, NativeFunction.of(name, body));
        return this;
    }

    /** A plain value: only strings, numbers, booleans or script objects belong here. */
    public HostObject value(String name, Object value) {
        members.put(name, value);
        return this;
    }

    @Override
    public Object getMember(String name) {
        Object v = members.get(name);
        return v != null || members.containsKey(name) ? v : Undefined.getUndefined();
    }

    @Override
    public boolean hasMember(String name) {
        return members.containsKey(name);
    }

    @Override
    public void setMember(String name, Object value) {
        // Read-only from the script side.
    }

    @Override
    public String getClassName() {
        return "Object";
    }
}
