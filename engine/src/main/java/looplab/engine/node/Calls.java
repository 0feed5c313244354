package looplab.engine.node;

import looplab.engine.js.JsRuntime;
import looplab.engine.loop.EventLoop;
import looplab.engine.trace.Tracer;
import org.openjdk.nashorn.api.scripting.JSObject;

/** Small shared helpers of the host modules: call sites for the trace, argument arrays. */
final class Calls {
    private static final Object[] NONE = new Object[0];
    private final JsRuntime runtime;
    private final Tracer tracer;
    private final EventLoop loop;

    Calls(JsRuntime runtime, Tracer tracer, EventLoop loop) {
        this.runtime = runtime;
        this.tracer = tracer;
        this.loop = loop;
    }

    /**
     * {@code file:line} of the user code making the current call, only when tracing. A request
     * made by the runtime itself with no user frame on the stack (the inner job of
     * {@code finally}, a combinator's reactions) is attributed to the callback running it.
     */
    String where() {
        if (!tracer.isOn()) {
            return null;
        }
        String at = runtime.where();
        return at != null ? at : loop.currentAt();
    }

    /** A call site computed by the runtime's JavaScript, or {@link #where()} when it had none. */
    String whereOr(Object jsAt) {
        return jsAt instanceof String s ? s : where();
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
