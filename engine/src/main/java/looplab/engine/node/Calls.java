package looplab.engine.node;

import looplab.engine.js.JsRuntime;
import looplab.engine.trace.Tracer;
import org.openjdk.nashorn.api.scripting.JSObject;

/** Small shared helpers of the host modules: call sites for the trace, argument arrays. */
final class Calls {
    private static final Object[] NONE = new Object[0];
    private final JsRuntime runtime;
    private final Tracer tracer;

    Calls(JsRuntime runtime, Tracer tracer) {
        this.runtime = runtime;
        this.tracer = tracer;
    }

    /** {@code file:line} of the user code making the current call, only when tracing. */
    String where() {
        return tracer.isOn() ? runtime.where() : null;
    }

    /** A JavaScript array (or undefined) as Java call arguments. */
    Object[] arguments(Object jsArray) {
        if (!(jsArray instanceof JSObject array) || !array.isArray()) {
            return NONE;
        }
        int n = ((Number) array.getMember("length")).intValue();
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = array.getSlot(i);
        }
        return out;
    }
}
