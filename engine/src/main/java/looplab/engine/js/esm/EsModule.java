package looplab.engine.js.esm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An ES module as Nashorn runs it: one function per module, all on the user's lines,
 * <pre>
 * (function ($import$, $export$, $meta$) {'use strict';
 *     $export$({"a": function () { return a; }, ...}); if ($export$.linking) return; BODY
 * })
 * </pre>
 * {@code $export$} receives a getter for each exported local, so importers read the variable
 * itself (live bindings, and V8's "before initialization" error while it is in its TDZ);
 * called with {@code linking} set, the function only hoists its declarations and registers the
 * getters (modules in an import cycle are instantiated that way before any of them runs).
 * With top-level {@code await} the body is an async function whose promise the wrapper
 * returns. {@code esm.js} does the rest.
 */
public final class EsModule {
    /** An anonymous wrapper: its frames print as V8 prints a module's top level ({@code at file:line}). */
    public static final String HEAD = "(function (" + ImportBindings.RECORD + ", $export$, "
            + ModuleScan.META + ") {'use strict';";

    /** The parts of the wrapped module: {@code head} (not lowered) and {@code body} (lowered if it needs it). */
    public record Prepared(String head, String body, ModuleScan.Shape shape) {
        /** The lowered body with its imported names read through the import record. */
        public String bindImports(String lowered) {
            return ImportBindings.rewrite(lowered, shape.importedNames());
        }
    }

    private EsModule() {
    }

    /** Scans {@code code} and lays it out; a {@link ModuleScan.Malformed} if a declaration does not parse. */
    public static Prepared prepare(String code) {
        ModuleScan.Result scan = ModuleScan.scan(code);
        ModuleScan.Shape shape = scan.shape();
        String registration = "$export$(" + getters(shape) + ");if($export$.linking)return;";
        if (shape.topLevelAwait()) {
            return new Prepared(HEAD + "return ", "(async function () {" + registration + scan.body() + "\n})();",
                    shape);
        }
        return new Prepared(HEAD + registration, scan.body(), shape);
    }

    /** {@code {"local": function () { return local; }, ...}} for the exported locals that are not imports. */
    private static String getters(ModuleScan.Shape shape) {
        Set<String> imported = shape.importedNames();
        Map<String, String> locals = new LinkedHashMap<>();
        for (ModuleScan.ExportEntry e : shape.exports()) {
            if (e.specifier() == null && !imported.contains(e.local())) {
                locals.put(e.local(), e.local());
            }
        }
        StringBuilder sb = new StringBuilder("{");
        for (String local : locals.keySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(local).append("\":function(){return ").append(local).append(";}");
        }
        return sb.append('}').toString();
    }

    /** The shape as JSON, for {@code esm.js}. */
    public static String shapeJson(ModuleScan.Shape shape) {
        StringBuilder sb = new StringBuilder("{\"requests\":");
        strings(sb, shape.requests());
        sb.append(",\"json\":");
        strings(sb, shape.jsonRequests());
        sb.append(",\"imports\":[");
        boolean first = true;
        for (ModuleScan.ImportEntry e : shape.imports()) {
            sb.append(first ? "" : ",").append("{\"specifier\":");
            string(sb, e.specifier());
            sb.append(",\"imported\":");
            string(sb, e.imported());
            sb.append(",\"local\":");
            string(sb, e.local());
            sb.append(",\"line\":").append(e.line()).append(",\"column\":").append(e.column()).append('}');
            first = false;
        }
        sb.append("],\"exports\":[");
        first = true;
        for (ModuleScan.ExportEntry e : shape.exports()) {
            sb.append(first ? "" : ",").append("{\"exported\":");
            string(sb, e.exported());
            sb.append(",\"local\":");
            string(sb, e.local());
            sb.append(",\"specifier\":");
            string(sb, e.specifier());
            sb.append(",\"imported\":");
            string(sb, e.imported());
            sb.append(",\"line\":").append(e.line()).append(",\"column\":").append(e.column()).append('}');
            first = false;
        }
        sb.append("],\"stars\":");
        strings(sb, shape.starExports());
        return sb.append(",\"tla\":").append(shape.topLevelAwait()).append('}').toString();
    }

    private static void strings(StringBuilder sb, Iterable<String> items) {
        sb.append('[');
        boolean first = true;
        for (String s : items) {
            sb.append(first ? "" : ",");
            string(sb, s);
            first = false;
        }
        sb.append(']');
    }

    private static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        looplab.engine.trace.JsonTraceRenderer.escape(sb, s);
    }
}
