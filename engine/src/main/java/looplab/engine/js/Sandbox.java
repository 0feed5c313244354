package looplab.engine.js;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.openjdk.nashorn.api.scripting.ClassFilter;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;

/**
 * Builds a Nashorn engine that script code cannot use to reach Java. Three layers, because
 * each alone was seen to leak: {@code --no-java} removes {@code Java} and {@code Packages};
 * a deny-all {@link ClassFilter} also disables reflection on any Java object that might still
 * surface; and every Nashorn extension global ({@code load}, {@code print}, {@code quit},
 * {@code __FILE__}, {@code Object.bindProperties}, {@code Error.prototype.getStackTrace}, ...)
 * is deleted before any user code runs.
 */
public final class Sandbox {
    private static final String[] OPTIONS = {
        "--language=es6", "--no-java", "--no-syntax-extensions", "--optimistic-types=false",
    };

    /** Deleted from the global object; some only exist in some Nashorn modes. */
    private static final String[] EXTENSION_GLOBALS = {
        "Java", "Packages", "java", "javax", "javafx", "com", "org", "edu", "net", "JavaImporter",
        "JSAdapter", "load", "loadWithNewGlobal", "quit", "exit", "print", "printf", "echo",
        "readLine", "readFully", "engine", "context", "arguments", "javax.script.filename",
        "$ARG", "$ENV", "$EXEC", "$OPTIONS", "$OUT", "$ERR", "$EXIT", "Debug",
        "__noSuchProperty__",
    };

    /** Non-configurable Nashorn globals that only reflection can remove. */
    private static final String[] CONSTANT_GLOBALS = {"__FILE__", "__DIR__", "__LINE__"};

    /** The scrub, the same text for every global (so Nashorn compiles it once per engine). */
    private static final String SCRUB = scrubScript();

    private Sandbox() {
    }

    public static ScriptEngine newEngine() {
        ClassFilter denyAll = className -> false;
        ScriptEngine engine = new NashornScriptEngineFactory()
                .getScriptEngine(OPTIONS, Sandbox.class.getClassLoader(), denyAll);
        scrub(engine, engine.getContext());
        return engine;
    }

    /**
     * Another global of a sandboxed engine (for {@link SharedEngine}): a new Nashorn global with
     * the same scrub as the engine's own, and a script context of its own whose engine scope
     * it is. Every global Nashorn makes starts with all the extensions again.
     */
    static ScriptContext newGlobal(ScriptEngine engine) {
        javax.script.SimpleScriptContext ctx = new javax.script.SimpleScriptContext();
        ctx.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        scrub(engine, ctx);
        return ctx;
    }

    private static void scrub(ScriptEngine engine, ScriptContext ctx) {
        ctx.getBindings(ScriptContext.ENGINE_SCOPE).remove("engine");
        ctx.getBindings(ScriptContext.ENGINE_SCOPE).remove("context");
        try {
            engine.eval(SCRUB, ctx);
            deleteConstants((ScriptObjectMirror) ctx.getBindings(ScriptContext.ENGINE_SCOPE));
        } catch (ScriptException e) {
            throw new IllegalStateException("cannot prepare the JavaScript sandbox", e);
        }
    }

    private static String scrubScript() {
        StringBuilder js = new StringBuilder("(function (g) {\n");
        for (String name : EXTENSION_GLOBALS) {
            js.append("  delete g['").append(name).append("'];\n");
        }
        js.append("  delete Object.bindProperties;\n")
          .append("  delete Error.prototype.printStackTrace;\n")
          .append("  delete Error.prototype.getStackTrace;\n")
          .append("  delete Error.dumpStack;\n")
          .append("})(this);");
        js.append(shadowJavaMethods("String.prototype", String.class, CharSequence.class, Comparable.class));
        js.append(shadowJavaMethods("Number.prototype", Double.class, Integer.class, Long.class, Number.class));
        js.append(shadowJavaMethods("Boolean.prototype", Boolean.class));
        return js.toString();
    }

    /**
     * Nashorn answers a property that a primitive's JavaScript prototype lacks with the Java
     * method of the same name: {@code 'x'.getClass()}, {@code 'x'.getBytes()},
     * {@code 'x'.chars()} hand out Java objects. Every such name gets an own
     * {@code undefined} on the prototype, so the JavaScript lookup ends there. The properties
     * stay writable, so polyfills can still define the ones that ES2015+ also has.
     */
    private static String shadowJavaMethods(String prototype, Class<?>... types) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Class<?> type : types) {
            for (Method m : type.getMethods()) {
                names.add(m.getName());
            }
        }
        for (Method m : Object.class.getMethods()) {
            names.add(m.getName());
        }
        // Standard methods Nashorn lacks share a Java name; polyfills.js supplies them.
        names.removeAll(java.util.Set.of("repeat", "replaceAll", "startsWith", "endsWith", "codePointAt",
                "includes", "padStart", "padEnd", "trimStart", "trimEnd", "at", "normalize", "matchAll"));
        StringBuilder js = new StringBuilder("(function (p, names) { names.forEach(function (n) {"
                + " if (!(n in p)) { Object.defineProperty(p, n, { value: undefined, writable: true,"
                + " configurable: true, enumerable: false }); } }); })(" + prototype + ", [");
        boolean first = true;
        for (String n : names) {
            js.append(first ? "" : ",").append('"').append(n).append('"');
            first = false;
        }
        return js.append("]);\n").toString();
    }

    /**
     * {@code __FILE__} and friends are non-configurable, and reading them through the global
     * object hands out a raw Java object, so they are removed from the property map directly.
     * (Nashorn sits on the class path, in the same unnamed module as looplab.)
     */
    private static void deleteConstants(ScriptObjectMirror global) {
        try {
            Field sobjField = ScriptObjectMirror.class.getDeclaredField("sobj");
            sobjField.setAccessible(true);
            Object sobj = sobjField.get(global);
            Class<?> scriptObject = Class.forName("org.openjdk.nashorn.internal.runtime.ScriptObject");
            Class<?> property = Class.forName("org.openjdk.nashorn.internal.runtime.Property");
            Class<?> propertyMap = Class.forName("org.openjdk.nashorn.internal.runtime.PropertyMap");
            Method getMap = scriptObject.getMethod("getMap");
            Method setMap = scriptObject.getMethod("setMap", propertyMap);
            Method find = propertyMap.getMethod("findProperty", Object.class);
            Method delete = propertyMap.getMethod("deleteProperty", property);
            for (String name : CONSTANT_GLOBALS) {
                Object map = getMap.invoke(sobj);
                Object prop = find.invoke(map, name);
                if (prop != null) {
                    // A map without the property: lookups then find nothing at all.
                    setMap.invoke(sobj, delete.invoke(map, prop));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot remove Nashorn's __FILE__/__DIR__/__LINE__", e);
        }
    }
}
