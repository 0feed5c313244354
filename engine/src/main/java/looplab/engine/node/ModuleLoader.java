package looplab.engine.node;

import java.nio.charset.StandardCharsets;
import looplab.engine.js.HostObject;
import looplab.engine.js.JsRuntime;
import looplab.engine.js.JsSyntaxError;
import looplab.engine.js.ScriptSource;

/**
 * The host half of {@code modules.js}: reads a module's file (through {@link FsOps}, so the
 * {@code --root} confinement applies) and compiles it as a CommonJS wrapper, like the main
 * script. Resolution, the cache and cycles live in {@code modules.js}.
 */
final class ModuleLoader {
    private final JsRuntime js;
    private final FsOps ops;

    ModuleLoader(JsRuntime js, FsOps ops) {
        this.js = js;
        this.ops = ops;
    }

    void install(HostObject host) {
        host.function("compileFile", (self, a) -> compile(String.valueOf(a[0]), String.valueOf(a[1])));
    }

    private Object compile(String filename, String name) {
        String code;
        try {
            String bytes = (String) ops.run("readAll", new Object[] {filename, "r"});
            code = new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        } catch (FsError e) {
            return FsModule.errorInfo(e);
        }
        if (code.startsWith("\uFEFF")) {
            code = code.substring(1);
        }
        try {
            return js.compileModule(new ScriptSource(name, code, filename));
        } catch (JsSyntaxError e) {
            return new HostObject().value("syntaxError", e.getMessage());
        }
    }
}
