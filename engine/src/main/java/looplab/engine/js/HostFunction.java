package looplab.engine.js;

import org.openjdk.nashorn.api.scripting.AbstractJSObject;
import org.openjdk.nashorn.internal.runtime.Undefined;

/**
 * A Java function callable from the runtime's JavaScript. Script code sees it as a function
 * and nothing more: it has no members (no {@code getClass}, no {@code hashCode}), so there is
 * no path from it to Java. User code never gets hold of one anyway; only the runtime's own
 * modules close over them.
 */
public final class HostFunction extends AbstractJSObject {

    /** The Java side: receives {@code this} and the arguments, returns a script value. */
    @FunctionalInterface
    public interface Body {
        Object call(Object self, Object[] args);
    }

    private final String name;
    private final Body body;

    public HostFunction(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public Object call(Object self, Object... args) {
        return body.call(self, args);
    }

    @Override
    public boolean isFunction() {
        return true;
    }

    @Override
    public Object getMember(String memberName) {
        return Undefined.getUndefined();
    }

    @Override
    public boolean hasMember(String memberName) {
        return false;
    }

    @Override
    public String getClassName() {
        return "Function";
    }

    @Override
    public String toString() {
        return "function " + name + "() { [native code] }";
    }

    /** The {@code i}-th argument, or {@code undefined} when it was not passed. */
    public static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.getUndefined();
    }
}
