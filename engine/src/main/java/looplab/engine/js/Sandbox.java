package looplab.engine.js;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import org.openjdk.nashorn.api.scripting.ClassFilter;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;
import org.openjdk.nashorn.internal.objects.Global;
import org.openjdk.nashorn.internal.runtime.Context;
import org.openjdk.nashorn.internal.runtime.Property;
import org.openjdk.nashorn.internal.runtime.PropertyMap;
import org.openjdk.nashorn.internal.runtime.ScriptObject;
import org.openjdk.nashorn.internal.runtime.Undefined;

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

    private Sandbox() {
    }

    public static ScriptEngine newEngine() {
        return newEngine(false);
    }

    /**
     * @param eager compile each script whole, every function at once, instead of each
     *              function when it is first called. For an engine that runs the same runtime
     *              scripts many times ({@link SharedEngine}) the few extra functions compiled
     *              once cost nothing, and a user program then costs one compilation instead
     *              of one per function it calls (a class each, and a parse of its text).
     */
    static ScriptEngine newEngine(boolean eager) {
        FunctionProperties.install();
        ClassFilter denyAll = className -> false;
        String[] options = OPTIONS;
        if (eager) {
            options = java.util.Arrays.copyOf(OPTIONS, OPTIONS.length + 1);
            options[OPTIONS.length] = "--lazy-compilation=false";
        }
        ScriptEngine engine = new NashornScriptEngineFactory()
                .getScriptEngine(options, Sandbox.class.getClassLoader(), denyAll);
        scrub(engine.getContext());
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
        scrub(ctx);
        return ctx;
    }

    private static void scrub(ScriptContext ctx) {
        ScriptObjectMirror global = (ScriptObjectMirror) ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        deleteExtensions(scriptObject(global));
        deleteConstants(global);
        SymbolDescriptors.install(scriptObject(global));
        for (Shadows shadows : SHADOWS) {
            shadows.apply(global);
        }
    }

    /**
     * What a script's {@code delete g[name]} does for each extension global, and
     * {@code delete Object.bindProperties} and the like, straight on Nashorn's objects (the same
     * {@code ScriptObject.delete} a script's delete calls): a script compiled and run for it
     * was Nashorn's first compilation of a cold run, about a tenth of its start-up.
     */
    private static void deleteExtensions(ScriptObject scope) {
        if (!(scope instanceof Global global)) {
            throw new IllegalStateException("cannot prepare the JavaScript sandbox: not a Nashorn global");
        }
        Global previous = Context.getGlobal();
        boolean rebind = previous != global;
        if (rebind) {
            Context.setGlobal(global);
        }
        try {
            for (String name : EXTENSION_GLOBALS) {
                global.delete(name, false);
            }
            deleteMember(global, "bindProperties", "Object");
            deleteMember(global, "printStackTrace", "Error", "prototype");
            deleteMember(global, "getStackTrace", "Error", "prototype");
            deleteMember(global, "dumpStack", "Error");
        } finally {
            if (rebind) {
                Context.setGlobal(previous);
            }
        }
    }

    /** Deletes {@code name} from the object at {@code path} (property names from the global). */
    private static void deleteMember(ScriptObject global, String name, String... path) {
        Object at = global;
        for (String step : path) {
            if (!(at instanceof ScriptObject object)) {
                return;
            }
            at = object.get(step);
        }
        if (at instanceof ScriptObject object) {
            object.delete(name, false);
        }
    }

    /**
     * Nashorn answers a property that a primitive's JavaScript prototype lacks with the Java
     * method of the same name: {@code 'x'.getClass()}, {@code 'x'.getBytes()},
     * {@code 'x'.chars()} hand out Java objects. Every such name gets an own
     * {@code undefined} on the prototype, so the JavaScript lookup ends there. The properties
     * stay writable, so polyfills can still define the ones that ES2015+ also has.
     */
    private record Shadows(String constructor, java.util.List<String> names) {
        static Shadows of(String constructor, Class<?>... types) {
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
            return new Shadows(constructor, java.util.List.copyOf(names));
        }

        /**
         * What {@code Object.defineProperty(p, n, {value: undefined, writable: true,
         * configurable: true, enumerable: false})} does for each name not {@code in p}, straight
         * on Nashorn's object: ten times cheaper than the script, which a fresh global pays.
         */
        void apply(ScriptObjectMirror global) {
            Object ctor = global.getMember(constructor);
            ScriptObject p = scriptObject((ScriptObjectMirror) ((ScriptObjectMirror) ctor).getMember("prototype"));
            for (String n : names) {
                if (!p.has(n)) {
                    p.addOwnProperty(n, Property.NOT_ENUMERABLE, Undefined.getUndefined());
                }
            }
        }
    }

    private static final Shadows[] SHADOWS = {
        Shadows.of("String", String.class, CharSequence.class, Comparable.class),
        Shadows.of("Number", Double.class, Integer.class, Long.class, Number.class),
        Shadows.of("Boolean", Boolean.class),
    };

    private static ScriptObject scriptObject(ScriptObjectMirror mirror) {
        try {
            return (ScriptObject) MIRROR_SOBJ.get(mirror);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot reach Nashorn's object behind a mirror", e);
        }
    }

    private static final Field MIRROR_SOBJ;

    static {
        try {
            MIRROR_SOBJ = ScriptObjectMirror.class.getDeclaredField("sobj");
            MIRROR_SOBJ.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * {@code __FILE__} and friends are non-configurable, and reading them through the global
     * object hands out a raw Java object, so they are removed from the property map directly.
     * (Nashorn sits on the class path, in the same unnamed module as looplab.)
     */
    private static void deleteConstants(ScriptObjectMirror global) {
        ScriptObject sobj = scriptObject(global);
        for (String name : CONSTANT_GLOBALS) {
            PropertyMap map = sobj.getMap();
            Property prop = map.findProperty(name);
            if (prop != null) {
                // A map without the property: lookups then find nothing at all.
                sobj.setMap(map.deleteProperty(prop));
            }
        }
    }
}
