package looplab.engine.js;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

/**
 * One warm sandboxed Nashorn engine that many runtimes share, one after another and on
 * several threads at once, each in a fresh global of its own ({@link #newGlobal}): building
 * an engine costs a second or so, a global of a warm engine a few milliseconds. The runtime's
 * own scripts are compiled once per engine ({@link #internalScript}) and evaluated in every
 * global from the same classes, so their functions are compiled (lazily, by Nashorn) once too.
 *
 * <p>Usage: {@code new NodeRuntime(options, shared).run(source)}, or
 * {@code new JsRuntime(guard, shared)}; one {@code SharedEngine} for the whole JVM is enough.
 * Nothing a program does to its global (globals, built-in prototypes, {@code console}) is
 * seen by another: every global has its own built-ins, and every runtime script is evaluated
 * anew in it. What is shared is code, never state.
 *
 * <p>A runtime built without a {@code SharedEngine} gets a dedicated one ({@link #dedicated}):
 * the engine's own global is the runtime's, as it always was, and nothing else is created
 * (a second global in an engine makes Nashorn drop its global-constant optimisation for good).
 */
public final class SharedEngine {
    private final ScriptEngine engine;
    private final boolean dedicated;
    private final Map<String, CompiledScript> scripts = new ConcurrentHashMap<>();
    private final AtomicLong globals = new AtomicLong();
    private final Object compiling = new Object();
    /**
     * The global name of the guard function ({@link GuardInstrumenter}) in every global of this
     * engine: random, so no program can name it in its source, but one per engine, so that
     * the same program run again compiles to the same text and Nashorn's class cache (which
     * is keyed by name and text) gives back the compiled classes.
     */
    private final String guardName = "$lg" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);

    /**
     * A new sandboxed engine ({@link Sandbox}) to share; it compiles scripts whole (eagerly).
     * With the system property {@code looplab.codeCache}, the runtime's own scripts come from
     * that cache when it has them ({@link RuntimeCodeCache}), as in a dedicated engine: a
     * grading worker starts with them, and compiled them all anew before.
     */
    public SharedEngine() {
        this(RuntimeCodeCache.install(System.getProperty(RuntimeCodeCache.PROPERTY), () -> Sandbox.newEngine(true)), false);
    }

    private SharedEngine(ScriptEngine engine, boolean dedicated) {
        this.engine = engine;
        this.dedicated = dedicated;
    }

    /**
     * An engine for one runtime only: its one global is the engine's own. With the system
     * property {@code looplab.codeCache} (a directory; the launcher sets it), the classes
     * compiled from the runtime's own scripts are kept there for the next process
     * ({@link RuntimeCodeCache}).
     */
    static SharedEngine dedicated() {
        return new SharedEngine(RuntimeCodeCache.install(System.getProperty(RuntimeCodeCache.PROPERTY), Sandbox::newEngine), true);
    }

    /** How many globals this engine has handed out. */
    public long globalsCreated() {
        return globals.get();
    }

    ScriptEngine engine() {
        return engine;
    }

    String guardName() {
        return guardName;
    }

    /**
     * A global nobody has used, scrubbed like the engine's own ({@link Sandbox}), with a script
     * context whose engine scope it is. A dedicated engine hands out its own global, once.
     */
    ScriptContext newGlobal() {
        if (dedicated) {
            if (globals.getAndIncrement() > 0) {
                throw new IllegalStateException("a dedicated engine has one global");
            }
            return engine.getContext();
        }
        globals.incrementAndGet();
        return Sandbox.newGlobal(engine);
    }

    /**
     * Compiles a script that any global of this engine can evaluate ({@code eval(context)});
     * {@code name} is its file name in stack frames. Safe from any thread.
     */
    CompiledScript compile(String name, String code) throws ScriptException {
        // Nashorn's compile takes the file name from the engine's default context, so the
        // name and the compilation go together. (Nashorn's own compile is synchronized too.)
        synchronized (compiling) {
            ScriptContext ctx = engine.getContext();
            ctx.setAttribute(ScriptEngine.FILENAME, name, ScriptContext.ENGINE_SCOPE);
            try {
                return ((Compilable) engine).compile(code);
            } finally {
                ctx.removeAttribute(ScriptEngine.FILENAME, ScriptContext.ENGINE_SCOPE);
            }
        }
    }

    /**
     * A script of the runtime's own, compiled the first time it is asked for and kept for the
     * engine's life (Nashorn's own class cache holds 50 scripts, least recently used first, and
     * user programs would push these out).
     */
    CompiledScript internalScript(String name, String code) {
        CompiledScript script = scripts.get(name);
        if (script != null) {
            return script;
        }
        return scripts.computeIfAbsent(name, n -> {
            try {
                return compile(n, code);
            } catch (ScriptException e) {
                throw new IllegalStateException("runtime script " + n + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** {@code looplab/runtime/NAME.js}, compiled once ({@link #internalScript}). */
    CompiledScript runtimeScript(String name) {
        CompiledScript script = scripts.get("node:internal/" + name);
        return script != null ? script : internalScript("node:internal/" + name, resource(name));
    }

    private static String resource(String name) {
        String path = "looplab/runtime/" + name + ".js";
        try (InputStream in = SharedEngine.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing runtime script " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
