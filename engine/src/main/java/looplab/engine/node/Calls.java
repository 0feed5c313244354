package looplab.engine.node;

import looplab.engine.js.JsRuntime;
import looplab.engine.loop.EventLoop;
import looplab.engine.trace.Tracer;
import org.openjdk.nashorn.api.scripting.JSObject;
import org.openjdk.nashorn.internal.runtime.ScriptObject;

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
        // (a script string may be a Nashorn ConsString when it reaches a native function)
        return jsAt instanceof CharSequence s ? s.toString() : where();
    }

    /**
     * A script array (or undefined) as call arguments, for a {@link looplab.engine.js.NativeFunction}:
     * the script's own values, as {@link JsRuntime#invoke} passes them on.
     */
    Object[] rawArguments(Object jsArray) {
        Object array = looplab.engine.js.NativeFunction.unwrap(jsArray);
        if (array instanceof ScriptObject object && object.isArray()) {
            return object.getArray().asObjectArray();
        }
        return NONE;
    }

    /** Runs a callback's script function ({@link JsRuntime#invoke}). */
    void invoke(Object fn, Object self, Object[] args) {
        runtime.invoke(fn, self, args);
    }

    /** Runs a script function of one argument ({@link JsRuntime#invoke1}). */
    void invoke1(Object fn, Object arg) {
        runtime.invoke1(fn, null, arg);
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
