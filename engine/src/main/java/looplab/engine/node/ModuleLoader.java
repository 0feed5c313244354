package looplab.engine.node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import looplab.engine.js.HostObject;
import looplab.engine.js.JsRuntime;
import looplab.engine.js.JsSyntaxError;
import looplab.engine.js.ScriptSource;
import looplab.engine.js.esm.EsModule;
import looplab.engine.js.esm.ModuleScan;
import looplab.engine.loop.Callback;
import looplab.engine.loop.EventLoop;
import looplab.engine.loop.Source;
import org.openjdk.nashorn.api.scripting.JSObject;

/**
 * The host half of {@code modules.js} (CommonJS) and {@code esm.js} (ES modules): reads a
 * module's file (through {@link FsOps}, so the {@code --root} confinement applies), decides
 * whether it is an ES module the way Node 20 does ({@code .mjs}/{@code .cjs}, the nearest
 * {@code package.json}'s {@code "type"}, else its syntax) and compiles it. Resolution, the
 * caches, linking and evaluation live in the scripts.
 */
final class ModuleLoader {
    private static final Pattern PACKAGE_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(module|commonjs)\"");

    private final JsRuntime js;
    private final FsOps ops;
    private final EventLoop loop;
    /** Directory to the "type" of its nearest package.json ("" for none). */
    private final Map<String, String> packageTypes = new ConcurrentHashMap<>();

    ModuleLoader(JsRuntime js, FsOps ops, EventLoop loop) {
        this.js = js;
        this.ops = ops;
        this.loop = loop;
    }

    void install(HostObject host) {
        host.function("compileFile", (self, a) -> compile(String.valueOf(a[0]), String.valueOf(a[1])))
            .function("compileModuleSource", (self, a) -> compileModuleSource(String.valueOf(a[0]),
                    String.valueOf(a[1]), String.valueOf(a[2]), Boolean.TRUE.equals(a[3])))
            .function("moduleFormat", (self, a) -> format(String.valueOf(a[0])))
            .function("commonJsExports", (self, a) -> HostBridge.Json.array(commonJsExports(String.valueOf(a[0]))))
            .function("sourceLine", (self, a) -> js.sourceLine(String.valueOf(a[0]), ((Number) a[1]).intValue()))
            .function("callerPath", (self, a) -> js.callerPath())
            .function("importJob", (self, a) -> {
                JSObject job = (JSObject) a[0];
                String at = a.length > 1 && a[1] instanceof String s ? s : loop.currentAt();
                loop.addMicrotask(new Callback(loop.nextId(), "import", at, Source.MICROTASK, () -> job.call(null)));
                return null;
            });
    }

    // ---------------------------------------------------------------- the main module

    /** Is the main script an ES module? ({@code -e} and stdin: by their syntax alone.) */
    boolean isModule(ScriptSource source) {
        String name = source.name();
        if (name.equals("[eval]") || name.equals("[stdin]")) {
            return ModuleScan.hasModuleSyntax(source.code());
        }
        return switch (format(source.absolutePath())) {
            case "module" -> true;
            case "detect" -> ModuleScan.hasModuleSyntax(stripShebang(source.code()));
            default -> false;
        };
    }

    /** The main ES module compiled, for {@code esm.js}; a {@link JsSyntaxError} if it does not compile. */
    HostObject compileMain(ScriptSource source) {
        return compileEsm(source);
    }

    // ---------------------------------------------------------------- formats

    /**
     * {@code module}, {@code commonjs}, {@code json}, {@code detect} (a {@code .js} file with
     * no {@code "type"} above it: its syntax decides) or {@code unknown} (another extension).
     */
    String format(String filename) {
        String base = filename.substring(filename.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String ext = dot < 0 ? "" : base.substring(dot);
        switch (ext) {
            case ".mjs":
                return "module";
            case ".cjs":
                return "commonjs";
            case ".json":
                return "json";
            case ".js":
            case "":
                String type = packageType(parentOf(filename));
                return type.isEmpty() ? "detect" : type;
            default:
                return "unknown";
        }
    }

    private static String parentOf(String filename) {
        int slash = filename.lastIndexOf('/');
        return slash <= 0 ? "/" : filename.substring(0, slash);
    }

    /** The {@code "type"} of the nearest {@code package.json} at or above {@code dir}; "" for none. */
    private String packageType(String dir) {
        String known = packageTypes.get(dir);
        if (known != null) {
            return known;
        }
        String type;
        String json = readOrNull(dir.equals("/") ? "/package.json" : dir + "/package.json");
        if (json != null) {
            Matcher m = PACKAGE_TYPE.matcher(json);
            type = m.find() ? m.group(1) : "";
        } else {
            type = dir.equals("/") ? "" : packageType(parentOf(dir));
        }
        packageTypes.put(dir, type);
        return type;
    }

    private String readOrNull(String file) {
        try {
            return Boolean.TRUE.equals(ops.run("exists", new Object[] {file})) ? read(file) : null;
        } catch (FsError | RuntimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- compiling

    /** A file for require(): CommonJS compiled, or {@code {esm: true}} when it is an ES module. */
    private Object compile(String filename, String name) {
        String format = format(filename);
        if (format.equals("module")) {
            return new HostObject().value("esm", true);
        }
        String code;
        try {
            code = read(filename);
        } catch (FsError e) {
            return FsModule.errorInfo(e);
        }
        if (format.equals("detect") && ModuleScan.hasModuleSyntax(stripShebang(code))) {
            return new HostObject().value("esm", true);
        }
        try {
            return js.compileModule(new ScriptSource(name, code, filename));
        } catch (JsSyntaxError e) {
            return new HostObject().value("syntaxError", e.getMessage());
        }
    }

    /** An ES module's source for esm.js: {@code {fn, shape}}, {@code {commonjs: true}} or {@code {syntaxError, arrow}}. */
    private Object compileModuleSource(String filename, String name, String code, boolean detect) {
        if (code.startsWith("\uFEFF")) {
            code = code.substring(1);
        }
        if (detect && !ModuleScan.hasModuleSyntax(stripShebang(code))) {
            return new HostObject().value("commonjs", true);
        }
        try {
            return compileEsm(new ScriptSource(name, code, filename));
        } catch (JsSyntaxError e) {
            return new HostObject().value("syntaxError", e.getMessage())
                    .value("arrow", e.file + ":" + e.line + "\n" + e.sourceLine + "\n"
                            + " ".repeat(Math.max(0, Math.min(e.column, e.sourceLine.length()))) + "^\n");
        }
    }

    private HostObject compileEsm(ScriptSource source) {
        EsModule.Prepared prepared;
        try {
            prepared = EsModule.prepare(stripShebang(source.code()));
        } catch (ModuleScan.Malformed m) {
            String[] lines = source.code().split("\n", -1);
            String text = m.line >= 1 && m.line <= lines.length ? lines[m.line - 1] : "";
            throw new JsSyntaxError(source.name(), m.line, m.column, m.getMessage(), text);
        }
        Object fn = js.compileWrapped(source, prepared.body(), prepared.head(), prepared::bindImports);
        return new HostObject().value("fn", fn).value("shape", EsModule.shapeJson(prepared.shape()));
    }

    private String read(String filename) throws FsError {
        String bytes = (String) ops.run("readAll", new Object[] {filename, "r"});
        String code = new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return code.startsWith("\uFEFF") ? code.substring(1) : code;
    }

    private static String stripShebang(String code) {
        return code.startsWith("#!") ? "//" + code.substring(2) : code;
    }

    // ---------------------------------------------------------------- CommonJS names

    /**
     * The names an ES module may import from a CommonJS one, found as Node's cjs-module-lexer
     * finds them, without running it: {@code exports.x =}, {@code module.exports.x =},
     * {@code Object.defineProperty(exports, 'x', ...)} and the keys of a
     * {@code module.exports = { a, b: c }} literal up to its first value that is not a name.
     */
    static List<String> commonJsExports(String code) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?<![.\\w$])(?:module\\s*\\.\\s*)?exports\\s*\\.\\s*([A-Za-z_$][\\w$]*)\\s*=(?!=)")
                .matcher(code);
        while (m.find()) {
            names.add(m.group(1));
        }
        m = Pattern.compile("Object\\.defineProperty\\(\\s*(?:module\\s*\\.\\s*)?exports\\s*,\\s*['\"]([^'\"]+)['\"]")
                .matcher(code);
        while (m.find()) {
            names.add(m.group(1));
        }
        m = Pattern.compile("(?<![.\\w$])module\\s*\\.\\s*exports\\s*=\\s*\\{").matcher(code);
        while (m.find()) {
            literalKeys(code, m.end(), names);
        }
        names.remove("default");
        return new ArrayList<>(names);
    }

    private static void literalKeys(String code, int from, Set<String> names) {
        Matcher entry = Pattern.compile("\\G\\s*(?:([A-Za-z_$][\\w$]*)|'([^']*)'|\"([^\"]*)\")\\s*(?::\\s*([A-Za-z_$][\\w$.]*)\\s*)?([,}])")
                .matcher(code);
        int at = from;
        while (entry.find(at)) {
            String key = entry.group(1) != null ? entry.group(1) : entry.group(2) != null ? entry.group(2) : entry.group(3);
            if (entry.group(1) == null && entry.group(4) == null) {
                return;
            }
            names.add(key);
            if (entry.group(5).equals("}")) {
                return;
            }
            at = entry.end();
        }
    }
}
