package looplab.engine.js;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.openjdk.nashorn.api.scripting.JSObject;
import org.openjdk.nashorn.api.scripting.NashornException;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;
import org.openjdk.nashorn.api.tree.CompilationUnitTree;
import org.openjdk.nashorn.api.tree.Diagnostic;
import org.openjdk.nashorn.api.tree.Parser;
import org.openjdk.nashorn.internal.runtime.Context;
import org.openjdk.nashorn.internal.runtime.ScriptFunction;
import org.openjdk.nashorn.internal.runtime.ScriptObject;
import org.openjdk.nashorn.internal.runtime.ScriptRuntime;
import org.openjdk.nashorn.internal.runtime.Undefined;
import org.openjdk.nashorn.internal.runtime.linker.Bootstrap;
import looplab.engine.loop.Unwind;

/**
 * The Nashorn side of a run: one sandboxed global (of an engine of its own, or a fresh one of a
 * {@link SharedEngine}), the guard that makes code stoppable, compilation of user modules
 * (CommonJS-wrapped, guard-instrumented) and of the runtime's own scripts, and the mapping
 * from Java stack frames back to user {@code file:line}.
 */
public final class JsRuntime {
    /** Node's CommonJS wrapper, on the first line so line numbers do not move. Nashorn's
     *  {@code __FILE__}-style identifiers are shadowed by parameters that stay undefined. */
    /** The wrapper's name, which stack frames show as Node's {@code Object.<anonymous>}. */
    public static final String MODULE_FUNCTION = "$looplab$module";
    private static final String WRAPPER_HEAD =
            "(function " + MODULE_FUNCTION + " (exports, require, module, __filename, __dirname, __FILE__, __DIR__, __LINE__) {";
    private static final String WRAPPER_TAIL = "\n})";

    private final SharedEngine shared;
    private final ScriptEngine engine;
    /** The script context whose engine scope is this runtime's global. */
    private final ScriptContext ctx;
    private final ScriptObjectMirror global;
    /** Nashorn's global object behind {@link #global}. */
    private final Object nashornGlobal;
    /**
     * The thread {@link #bindToCurrentThread} last bound to this runtime's global while the
     * binding lasts (the loop thread): on it, {@link #invoke} need not check the thread's global.
     */
    private volatile Thread boundThread;
    /** The call site of {@link #invoke1}, made on first use. */
    private MethodHandle call1;
    private final Guard guard;
    private final String guardName;
    private final GuardInstrumenter instrumenter;
    private final Map<String, String> userSources = new ConcurrentHashMap<>();
    /** Absolute path of each user file, by name (the referrer of an {@code import()}). */
    private final Map<String, String> userPaths = new ConcurrentHashMap<>();
    private final ScriptObjectMirror errorFactory;
    private final looplab.engine.js.lower.Lowering lowering = new looplab.engine.js.lower.Lowering(this);
    private ScriptObjectMirror errorAdopter;
    private ScriptObjectMirror promiseModule;
    private ScriptObjectMirror sourceTexts;

    /** A runtime on a sandboxed engine of its own (what {@code looplab run} uses). */
    public JsRuntime(Guard guard) {
        this(guard, SharedEngine.dedicated());
    }

    /** A runtime in a fresh global of a shared engine; any thread may build one. */
    public JsRuntime(Guard guard, SharedEngine shared) {
        this.shared = shared;
        this.engine = shared.engine();
        this.ctx = shared.newGlobal();
        this.global = (ScriptObjectMirror) ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        this.guard = guard;
        this.nashornGlobal = ThreadGlobals.of(global);
        this.guardName = shared.guardName();
        this.instrumenter = new GuardInstrumenter(guardName);
        // Captured before user code runs, so a script replacing RangeError cannot fool it.
        this.errorFactory = (ScriptObjectMirror) evalInternal("errors-factory",
                "(function (E, R, T) { return function (kind, message) {"
                + " return kind === 'RangeError' ? new R(message) : kind === 'TypeError'"
                + " ? new T(message) : new E(message); }; })(Error, RangeError, TypeError)");
        installGuard();
    }

    private void installGuard() {
        // G() at the top of every loop body and function, e = G(e) in every catch: a built-in
        // script function (NativeFunction), as cheap a call as Nashorn has.
        Object fn;
        try (ThreadBinding bound = bindToCurrentThread()) {
            fn = NativeFunction.of(guardName, caught -> {
                guard.check();
                if (caught == Undefined.getUndefined()) {
                    return caught;
                }
                return NativeFunction.unwrap(scriptValueOf(caught instanceof ScriptObject
                        ? ScriptObjectMirror.wrap(caught, nashornGlobal) : caught));
            });
        }
        // The guard calls written into the user's functions are not part of their source text:
        // Function.prototype.toString (String(f), `${f}`, util.format('%s', f)) leaves them out,
        // and shows a function named without lowering as it was written (keepSourceText).
        // (The patterns are made on first use: a fresh global per graded script, and most never
        // print a function.)
        ScriptObjectMirror define = (ScriptObjectMirror) evalInternal("guard",
                "(function (g, name, fn) { Object.defineProperty(g, name, { value: fn });"
                + " var FP = Function.prototype, native = FP.toString, texts = Object.create(null), re = null;"
                + " function patterns() { var esc = name.replace(/\\$/g, '\\\\$'); re = {"
                + "   inCatch: new RegExp('([A-Za-z_$][\\\\w$]*)=' + esc + '\\\\(\\\\1\\\\);', 'g'),"
                + "   afterDirective: new RegExp(';' + esc + '\\\\(\\\\);', 'g'),"
                + "   plain: new RegExp(esc + '\\\\(\\\\);', 'g'),"
                + "   mark: new RegExp('function [A-Za-z_$][\\\\w$]*/\\\\*' + esc + ':(\\\\d+)\\\\*/', 'g') }; return re; }"
                + " function written(s, mark) { var out = '', at = 0, m; mark.lastIndex = 0;"
                + "   while ((m = mark.exec(s)) !== null) { var t = texts[m[1]];"
                + "     if (t !== undefined && s.substr(m.index, t[0].length) === t[0]) {"
                + "       out += s.substring(at, m.index) + t[1]; at = m.index + t[0].length; mark.lastIndex = at; } }"
                + "   return out + s.substring(at); }"
                + " Object.defineProperty(FP, 'toString', { writable: true, configurable: true, enumerable: false,"
                + "   value: function toString() { var s = native.call(this);"
                + "     if (s.indexOf(name) < 0) { return s; }"
                + "     var r = re || patterns();"
                + "     return written(s.replace(r.inCatch, '').replace(r.afterDirective, '').replace(r.plain, ''), r.mark); } });"
                + " return function (id, text, original) { texts[id] = [text, original]; };"
                + " })");
        sourceTexts = (ScriptObjectMirror) define.call(null, global, guardName, fn);
    }

    /**
     * Function number {@code id}, written {@code original} by the user, was renamed to
     * {@code text} ({@code looplab.engine.js.lower.NativeNames}): its toString shows the original.
     */
    public void keepSourceText(int id, String text, String original) {
        sourceTexts.call(null, id, text, original);
    }

    /** The guard function's name, which no user identifier can be. */
    public String guardName() {
        return guardName;
    }

    /**
     * What a user {@code catch} should see for a caught value: looplab's control flow is
     * rethrown, a Java stack overflow becomes V8's RangeError, other Java errors become plain
     * Errors (never a Java object in script hands).
     */
    public Object scriptValueOf(Object caught) {
        if (caught instanceof Unwind u) {
            throw u;
        }
        if (caught instanceof StackOverflowError overflow) {
            return stackOverflowError(overflow);
        }
        if (caught instanceof NashornException ne && ne.getEcmaError() != null) {
            return ne.getEcmaError();
        }
        if (caught instanceof NashornException ne && ne.getClass().getSimpleName().equals("ECMAException")) {
            return null; // `throw null`: Nashorn's exception carries no value, and null was it
        }
        if (caught instanceof Throwable t) {
            return newError("Error", String.valueOf(t.getMessage()));
        }
        if (errorAdopter != null && caught instanceof ScriptObjectMirror) {
            return errorAdopter.call(null, caught);
        }
        return caught;
    }

    /** The runtime's {@code errors.adopt}: gives caught errors V8's wording, strips Java. */
    public void setErrorAdopter(ScriptObjectMirror adopter) {
        this.errorAdopter = adopter;
    }

    /** The Node runtime's {@code promiseModule()}: {@code {Promise, AggregateError, internals}} of promise.js. */
    public void setPromiseModule(ScriptObjectMirror supplier) {
        this.promiseModule = supplier;
    }

    /** promise.js's {@code {Promise, AggregateError, internals}}, or null without a Node runtime. */
    public Object promiseModule() {
        return promiseModule == null ? null : promiseModule.call(null);
    }

    /**
     * Makes this runtime's global the current thread's Nashorn global until the returned
     * binding is closed, which puts back the thread's previous global (so a pooled thread
     * does not keep a finished run's global alive, nor hand it to the next run). Every call
     * from Java into a script function otherwise switches the thread's global in and out
     * again, and each switch invalidates all of Nashorn's global constants (it walks a map and
     * throws away linked call sites): that alone was the largest cost of running a callback.
     * Called on the thread that runs the loop.
     */
    public ThreadBinding bindToCurrentThread() {
        Object mine = nashornGlobal;
        Object previous = ThreadGlobals.current();
        Thread thread = Thread.currentThread();
        Thread previousThread = boundThread;
        if (previous == mine) {
            if (previousThread == thread) {
                return () -> { };
            }
            boundThread = thread;
            return () -> boundThread = previousThread;
        }
        ThreadGlobals.set(mine);
        boundThread = thread;
        return () -> {
            boundThread = previousThread;
            ThreadGlobals.set(previous);
        };
    }

    /** A thread's binding to a runtime's global; closing it restores the thread's previous one. */
    public interface ThreadBinding extends AutoCloseable {
        @Override
        void close();
    }

    /** Nashorn's per-thread current global, which only its internal API can set. */
    private static final class ThreadGlobals {
        private static final java.lang.reflect.Field MIRROR_GLOBAL;
        private static final java.lang.invoke.MethodHandle GET;
        private static final java.lang.invoke.MethodHandle SET;

        static {
            try {
                MIRROR_GLOBAL = ScriptObjectMirror.class.getDeclaredField("global");
                MIRROR_GLOBAL.setAccessible(true);
                Class<?> context = Class.forName("org.openjdk.nashorn.internal.runtime.Context");
                Class<?> globalClass = Class.forName("org.openjdk.nashorn.internal.objects.Global");
                java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.publicLookup();
                GET = lookup.findStatic(context, "getGlobal", java.lang.invoke.MethodType.methodType(globalClass))
                        .asType(java.lang.invoke.MethodType.methodType(Object.class));
                SET = lookup.findStatic(context, "setGlobal",
                                java.lang.invoke.MethodType.methodType(void.class, globalClass))
                        .asType(java.lang.invoke.MethodType.methodType(void.class, Object.class));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        static Object of(ScriptObjectMirror mirror) {
            try {
                return MIRROR_GLOBAL.get(mirror);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read the JavaScript global", e);
            }
        }

        static Object current() {
            try {
                return GET.invoke();
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read the thread's JavaScript global", e);
            }
        }

        static void set(Object global) {
            try {
                SET.invoke(global);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot bind the JavaScript global to the loop thread", e);
            }
        }
    }

    /**
     * V8's RangeError for a stack overflow, with the stack V8 gives it: the innermost ten user
     * frames (Error.stackTraceLimit), read from the Java stack the overflow unwound.
     */
    private Object stackOverflowError(StackOverflowError overflow) {
        Object error = newError("RangeError", "Maximum call stack size exceeded");
        StringBuilder stack = new StringBuilder("RangeError: Maximum call stack size exceeded");
        // (A frame the overflow hit in a method prologue can have no line: left out.)
        userFrames(overflow).stream().filter(f -> f.getLineNumber() > 0).limit(10).forEach(f -> {
            String name = frameName(f.getMethodName());
            stack.append("\n    at ").append(name).append(f.getFileName()).append(':').append(f.getLineNumber())
                    .append(name.isEmpty() ? "" : ")");
        });
        if (error instanceof JSObject o) {
            o.setMember("stack", stack.toString());
        }
        return error;
    }

    /**
     * Calls the script function {@code fn} with {@code self} and {@code args}, all script values
     * as {@link NativeFunction}s receive them (mirrors of this runtime's objects are accepted
     * too), and drops the result: how the loop runs a callback. Straight into Nashorn, without
     * a mirror's wrapping and unwrapping of every value and its switch of the thread's global
     * (the loop thread is bound to this runtime's global; any other thread is bound for the
     * call). A script error leaves as a {@link NashornException} that knows its script value,
     * as from a mirror's call.
     */
    public void invoke(Object fn, Object self, Object[] args) {
        Object target = NativeFunction.unwrap(fn);
        if (!(target instanceof ScriptFunction function)) {
            throw new IllegalArgumentException("not a function: " + fn);
        }
        // The thread this runtime bound is known without a look at Nashorn's thread-local
        // global (a ThreadLocal read: a native call under the C1-only JIT, per callback).
        if (Thread.currentThread() != boundThread && Context.getGlobal() != nashornGlobal) {
            try (ThreadBinding bound = bindToCurrentThread()) {
                apply(function, self, args);
            }
            return;
        }
        apply(function, self, args);
    }

    /**
     * {@link #invoke} of a script function with one argument, through a call site of this
     * runtime's own, linked to the function the way a script's call is: the loop runs every
     * promise reaction through the same runner function, and {@code ScriptRuntime.apply}'s
     * generic path (its arguments array, its checks of the function's arity and kind) was a
     * tenth of each reaction's cost. Only on the thread bound to this runtime's global.
     */
    public void invoke1(Object fn, Object self, Object arg) {
        if (Thread.currentThread() != boundThread) {
            invoke(fn, self, new Object[] {arg});
            return;
        }
        MethodHandle site = call1;
        if (site == null) {
            site = call1 = Bootstrap.createDynamicCallInvoker(Object.class, Object.class, Object.class, Object.class);
        }
        try {
            Object ignored = (Object) site.invokeExact(fn, self, arg);
        } catch (NashornException ne) {
            throw withEcmaError(ne);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private void apply(ScriptFunction function, Object self, Object[] args) {
        try {
            ScriptRuntime.apply(function, NativeFunction.unwrap(self), args);
        } catch (NashornException ne) {
            throw withEcmaError(ne);
        }
    }

    /** What a mirror's call does (NashornException.initEcmaError): the script value thrown, as a mirror when it is an object. */
    private NashornException withEcmaError(NashornException ne) {
        if (ne.getEcmaError() == null) {
            Object thrown = ne instanceof org.openjdk.nashorn.internal.runtime.ECMAException e ? e.getThrown() : null;
            ne.setEcmaError(thrown instanceof ScriptObject ? ScriptObjectMirror.wrap(thrown, nashornGlobal) : thrown);
        }
        return ne;
    }

    public Object newError(String kind, String message) {
        return errorFactory.call(null, kind, message);
    }

    public ScriptObjectMirror global() {
        return global;
    }

    // ---------------------------------------------------------------- compiling

    /**
     * Compiles a CommonJS module: returns the wrapper function
     * {@code (exports, require, module, __filename, __dirname)}.
     */
    public ScriptObjectMirror compileModule(ScriptSource source) {
        // Module syntax in CommonJS: V8's words for it, where V8 puts them (Closure would lower it).
        var esm = looplab.engine.js.esm.ModuleScan.commonJsError(stripShebang(source.code()));
        if (esm != null) {
            throw new JsSyntaxError(source.name(), esm.line, esm.column, esm.getMessage(),
                    sourceLineOf(source.code(), esm.line));
        }
        return compileWrapped(source, commonJsBody(source.code()), WRAPPER_HEAD, java.util.function.UnaryOperator.identity());
    }

    /**
     * Starts lowering a main script on another thread, as {@link #compileModule} will lower it,
     * for a process that has yet to make its engine ({@link looplab.engine.js.lower.Lowering#lowerAhead}).
     * A script with ES module syntax is left alone: it is not compiled as CommonJS.
     */
    public static void lowerAhead(ScriptSource source) {
        looplab.engine.js.lower.Lowering.lowerAhead(source.name(), () ->
                looplab.engine.js.esm.ModuleScan.commonJsError(stripShebang(source.code())) == null
                        ? commonJsBody(source.code()) : null);
    }

    /** What {@link #compileModule} lowers and wraps: the text on its lines, import() rewritten. */
    private static String commonJsBody(String code) {
        return looplab.engine.js.esm.ModuleScan.rewriteDynamicImports(stripShebang(code));
    }

    /**
     * Compiles {@code code} (the source's text, or a rewrite of it on the same lines) as the
     * body of a function that starts with {@code head}: lowered, then passed through
     * {@code adapt}, wrapped and guard-instrumented. Returns the function.
     */
    public ScriptObjectMirror compileWrapped(ScriptSource source, String code, String head,
                                             java.util.function.UnaryOperator<String> adapt) {
        userSources.put(source.name(), source.code());
        userPaths.put(source.name(), source.absolutePath());
        // ES2015+ syntax Nashorn cannot run is lowered first, keeping the user's line numbers.
        String lowered = lowering.lower(source.name(), code);
        String instrumented = instrument(source.name(), head + adapt.apply(lowered) + WRAPPER_TAIL, source.code(), head);
        try {
            return (ScriptObjectMirror) compileUser(source.name(), instrumented);
        } catch (RuntimeException notImplemented) {
            // Nashorn parses some ES2015+ forms it cannot compile ("ES6 spread operator is not
            // yet implemented"): lower what the scan let through; report what is left as the
            // SyntaxError it is for this engine.
            if (!lowering.transpiled()) {
                String again = adapt.apply(lowering.lowerAlways(source.name(), code));
                try {
                    return (ScriptObjectMirror) compileUser(source.name(),
                            instrument(source.name(), head + again + WRAPPER_TAIL, source.code(), head));
                } catch (RuntimeException stillNot) {
                    throw unsupported(source, stillNot, head);
                }
            }
            throw unsupported(source, notImplemented, head);
        }
    }

    /**
     * The REPL's evaluation: runs one input as a script in the global scope, so that its
     * declarations persist ({@code let}/{@code const}/{@code class} too: Nashorn keeps them in
     * the global lexical scope across scripts). Lowered and guard-instrumented like a module; the
     * value of a last expression statement goes to the global function {@code keeper}
     * ({@link CompletionCapture}). What the input throws is thrown as it was thrown.
     */
    public void evalScript(ScriptSource source, String keeper) {
        userSources.put(source.name(), source.code());
        String input = looplab.engine.js.esm.ModuleScan.rewriteDynamicImports(source.code());
        String code = lowering.lower(source.name(), input);
        javax.script.CompiledScript script;
        try {
            script = compileScript(source, code, keeper);
        } catch (JsSyntaxError syntax) {
            throw syntax;
        } catch (RuntimeException notImplemented) {
            if (lowering.transpiled()) {
                throw unsupported(source, notImplemented);
            }
            try {
                script = compileScript(source, lowering.lowerAlways(source.name(), input), keeper);
            } catch (RuntimeException stillNot) {
                throw unsupported(source, stillNot);
            }
        }
        try {
            script.eval(ctx);
        } catch (ScriptException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        }
    }

    private javax.script.CompiledScript compileScript(ScriptSource source, String code, String keeper) {
        String instrumented = instrument(source.name(), CompletionCapture.capture(source.name(), code, keeper), source.code());
        try {
            return shared.compile(source.name(), instrumented);
        } catch (ScriptException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Object compileUser(String name, String code) {
        ctx.setAttribute(ScriptEngine.FILENAME, name, ScriptContext.ENGINE_SCOPE);
        try {
            return engine.eval(code, ctx);
        } catch (ScriptException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            ctx.removeAttribute(ScriptEngine.FILENAME, ScriptContext.ENGINE_SCOPE);
        }
    }

    private JsSyntaxError unsupported(ScriptSource source, RuntimeException e) {
        return unsupported(source, e, WRAPPER_HEAD);
    }

    private JsSyntaxError unsupported(ScriptSource source, RuntimeException e, String head) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^(?:.*?:)?(\\d+):(\\d+) (.*?)(?:\\n|$)").matcher(message);
        int line = 1;
        int column = 0;
        String what = message.split("\n", 2)[0];
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
            what = m.group(3);
        }
        what = what.replace("ES6 ", "").replace(" is not yet implemented", "");
        if (line == 1) {
            column = Math.max(0, column - head.length());
        }
        return new JsSyntaxError(source.name(), line, column,
                "looplab does not support " + what + " yet", sourceLineOf(source.code(), line));
    }

    private static String sourceLineOf(String code, int line) {
        String[] lines = code.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    private static String stripShebang(String code) {
        return code.startsWith("#!") ? "//" + code.substring(2) : code;
    }

    private String instrument(String name, String wrapped, String original) {
        return instrument(name, wrapped, original, WRAPPER_HEAD);
    }

    private String instrument(String name, String wrapped, String original, String head) {
        Parser parser = Es6Parser.get();
        Diagnostic[] first = new Diagnostic[1];
        CompilationUnitTree unit = parser.parse(name, wrapped, d -> {
            if (first[0] == null && d.getKind() == Diagnostic.Kind.ERROR) {
                first[0] = d;
            }
        });
        if (unit == null || first[0] != null) {
            throw syntaxError(name, first[0], original, head);
        }
        // The tree above has no let/const loops in it (LoopHeads): their positions come from a
        // copy that declares them with var, unless that copy does not parse (a var that would
        // clash with a let of the same name), where the loops are left as they were.
        String varHeads = LoopHeads.withVarHeads(wrapped);
        if (varHeads != null) {
            boolean[] failed = new boolean[1];
            CompilationUnitTree withLoops = parser.parse(name, varHeads, d -> failed[0] |= d.getKind() == Diagnostic.Kind.ERROR);
            if (withLoops != null && !failed[0]) {
                unit = withLoops;
            }
        }
        return instrumenter.instrument(wrapped, unit);
    }

    private JsSyntaxError syntaxError(String name, Diagnostic d, String original, String head) {
        int line = d == null ? 1 : (int) d.getLineNumber();
        int column = d == null ? 0 : (int) d.getColumnNumber();
        if (line == 1) {
            column = Math.max(0, column - head.length());
        }
        String message = d == null ? "Invalid or unexpected token" : cleanParserMessage(d.getMessage());
        String[] lines = original.split("\n", -1);
        String text = line - 1 < lines.length && line >= 1 ? lines[line - 1] : "";
        return new JsSyntaxError(name, line, column, message, text);
    }

    /** Nashorn says "name:3:4 Expected ; but found x\n<line>\n<caret>"; keep the sentence. */
    private static String cleanParserMessage(String message) {
        String first = message.split("\n", 2)[0];
        int space = first.indexOf(' ');
        if (space > 0 && first.substring(0, space).matches(".*:\\d+:\\d+")) {
            first = first.substring(space + 1);
        }
        return first;
    }

    /**
     * Evaluates one of the runtime's own scripts ({@code looplab/runtime/NAME.js}) in this
     * runtime's global, from the engine's compiled copy ({@link SharedEngine#runtimeScript}).
     */
    public ScriptObjectMirror loadInternal(String name) {
        return (ScriptObjectMirror) run("node:internal/" + name, shared.runtimeScript(name));
    }

    private Object evalInternal(String name, String code) {
        return run("node:internal/" + name, shared.internalScript("node:internal/" + name, code));
    }

    private Object run(String name, javax.script.CompiledScript script) {
        try {
            return script.eval(ctx);
        } catch (ScriptException e) {
            throw new IllegalStateException("runtime script " + name + " failed: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- where are we

    public boolean isUserFile(String name) {
        return name != null && userSources.containsKey(name);
    }

    /** The text of line {@code line} (1-based) of a user file, or "". */
    public String sourceLine(String file, int line) {
        String code = userSources.get(file);
        if (code == null || line < 1) {
            return "";
        }
        String[] lines = code.split("\n", -1);
        return line <= lines.length ? lines[line - 1].replace("\r", "") : "";
    }

    /** {@code file:line} of the innermost user frame on the current thread's stack. */
    public String where() {
        Optional<StackWalker.StackFrame> frame = StackWalker.getInstance().walk(s -> s
                .filter(f -> f.getLineNumber() > 0 && isUserFile(f.getFileName()))
                .findFirst());
        return frame.map(f -> f.getFileName() + ":" + f.getLineNumber()).orElse(null);
    }

    /** The absolute path of the user file whose code is running innermost, or null. */
    public String callerPath() {
        String at = where();
        return at == null ? null : userPaths.get(at.substring(0, at.lastIndexOf(':')));
    }

    /** The user frames of the current stack as V8 prints them ({@code console.trace}). */
    public String stackLines() {
        List<String> lines = StackWalker.getInstance().walk(s -> s
                .filter(f -> f.getLineNumber() > 0 && isUserFile(f.getFileName()))
                .map(f -> "    at " + frameName(f.getMethodName()) + f.getFileName() + ":" + f.getLineNumber()
                        + (frameName(f.getMethodName()).isEmpty() ? "" : ")"))
                .toList());
        return String.join("\n", lines);
    }

    /** "name (" for a named function, "" for anonymous ones (V8 then prints the bare location). */
    private static String frameName(String method) {
        if (method.equals(MODULE_FUNCTION) || method.equals(":program")) {
            return "Object.<anonymous> (";
        }
        return method.matches("[A-Za-z_$][\\w$]*") ? method + " (" : "";
    }

    /** User-code frames of a throwable, innermost first, as script frames. */
    public List<StackTraceElement> userFrames(Throwable t) {
        return NashornException.getScriptFrames(t).length == 0 ? List.of()
                : java.util.Arrays.stream(NashornException.getScriptFrames(t))
                        .filter(f -> isUserFile(f.getFileName()))
                        .toList();
    }
}
