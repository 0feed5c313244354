package looplab.engine.node;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import looplab.engine.js.HostObject;
import looplab.engine.js.IteratorPeek;
import looplab.engine.js.JsRuntime;
import looplab.engine.loop.EventLoop;
import looplab.engine.loop.ProcessExit;
import looplab.engine.trace.JsonTraceRenderer;
import looplab.engine.trace.Tracer;

/**
 * Builds the {@code host} object the runtime's bootstrap script receives: the complete list of
 * what JavaScript may ask of Java. Anything not listed here is out of reach.
 */
final class HostBridge {
    private final NodeRuntime process;
    private final JsRuntime js;
    private final EventLoop loop;
    private final Tracer tracer;
    private final ProgramOutput output;
    private final RunOptions options;

    HostBridge(NodeRuntime process, JsRuntime js, EventLoop loop, Tracer tracer, ProgramOutput output,
               RunOptions options) {
        this.process = process;
        this.js = js;
        this.loop = loop;
        this.tracer = tracer;
        this.output = output;
        this.options = options;
    }

    /**
     * The long English name of the default time zone at an instant, as V8 (ICU) writes it in
     * Date.prototype.toString: "Coordinated Universal Time", "Central European Summer Time".
     * Nashorn writes the short one ("UTC", "CEST").
     */
    private static String timeZoneName(double epochMs) {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        boolean daylight = zone.inDaylightTime(new java.util.Date((long) epochMs));
        return zone.getDisplayName(daylight, java.util.TimeZone.LONG, java.util.Locale.US);
    }

    HostObject build() {
        Calls calls = new Calls(js, tracer, loop);
        HostObject host = new HostObject()
            .value("tracing", tracer.isOn())
            .value("looplabVersion", NodeRuntime.VERSION)
            .value("cwd", options.cwd().toString())
            .value("argvJson", Json.array(options.argv()))
            .value("envJson", Json.object(options.env()))
            .function("write", (self, a) -> {
                output.write(((Number) a[0]).intValue(), String.valueOf(a[1]));
                return null;
            })
            .function("now", (self, a) -> loop.clock().observe())
            .function("dateNow", (self, a) -> (double) (loop.clock().epochAtStartMs() + (long) loop.clock().observe()))
            .function("beginOwnWork", (self, a) -> {
                loop.clock().beginOwnWork();
                return null;
            })
            .function("endOwnWork", (self, a) -> {
                loop.clock().endOwnWork();
                return null;
            })
            .function("timeZoneName", (self, a) -> timeZoneName(((Number) a[0]).doubleValue()))
            .function("where", (self, a) -> calls.where())
            .function("isUserFile", (self, a) -> js.isUserFile(String.valueOf(a[0])))
            .function("stackLines", (self, a) -> js.stackLines())
            .function("loadInternal", (self, a) -> js.loadInternal(String.valueOf(a[0])))
            .function("moduleDirs", (self, a) -> ModulePaths.json(String.valueOf(a[0])))
            .nativeFunction("iteratorEntries", (self, a) -> IteratorPeek.entries(a.length > 0 ? a[0] : null))
            .function("exit", (self, a) -> {
                throw process.guard().stopHere(new ProcessExit(((Number) a[0]).intValue()));
            })
            .function("rejectionsQueued", (self, a) -> {
                process.rejectionsQueued();
                return null;
            })
            .function("enterExit", (self, a) -> {
                process.enterExit();
                return null;
            })
            .function("fatal", (self, a) -> {
                process.fatalRejection(a[0]);
                return null;
            });
        new TimersModule(loop, calls).install(host);
        host.value("cpuCount", Runtime.getRuntime().availableProcessors());
        new FsModule(loop, process.pool(), calls, process.fsOps(), output).install(host);
        new CryptoModule(loop, process.pool(), calls).install(host);
        process.modules().install(host);
        return host;
    }

    /** Minimal JSON for handing string lists and maps to the bootstrap. */
    static final class Json {
        private Json() {
        }

        static String array(Iterable<String> items) {
            StringBuilder sb = new StringBuilder("[");
            for (String s : items) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                quote(sb, s);
            }
            return sb.append(']').toString();
        }

        static String object(Map<String, String> map) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, String> e : map.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                quote(sb, e.getKey());
                sb.append(':');
                quote(sb, e.getValue());
            }
            return sb.append('}').toString();
        }

        static void quote(StringBuilder sb, String s) {
            JsonTraceRenderer.escape(sb, s);
        }
    }
}
