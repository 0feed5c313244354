package looplab.engine.node;

import looplab.engine.js.JsRuntime;
import looplab.engine.js.JsSyntaxError;
import org.openjdk.nashorn.api.scripting.JSObject;

/**
 * Node's report of a dying process, in script terms: the {@code file:line} header, the source
 * line with a caret, then the error as {@code util.inspect} prints it. Node's
 * {@code node:internal} frames and its {@code Node.js v20} footer are left out.
 */
final class FatalReport {
    /** A hidden property of an error: Node's "arrow" (file:line, source line, caret) for it. */
    private static final String ARROW = "__looplabArrow";
    private static final java.util.regex.Pattern ES_MODULE_SYNTAX = java.util.regex.Pattern.compile(
            "Cannot use import statement outside a module|Unexpected token 'export'"
            + "|Cannot use 'import.meta' outside a module"
            + "|await is only valid in async functions and the top level bodies of modules");

    private static final java.util.regex.Pattern ERROR_CONSTRUCTION =
            java.util.regex.Pattern.compile("\\bnew\\s+(?:[A-Z][\\w$]*)?Error\\b");

    /** Where the error was thrown: the report's header. */
    record Site(String file, int line) {}

    private final JsRuntime js;

    FatalReport(JsRuntime js) {
        this.js = js;
    }

    String uncaught(Object error, Site site, String inspected) {
        StringBuilder sb = new StringBuilder();
        Site where = site != null ? site : siteFromStack(inspected);
        if (error instanceof JSObject o && o.hasMember(ARROW) && o.getMember(ARROW) instanceof String arrow) {
            // The error says where it points (an import esm.js could not link, a module that
            // does not parse): Node prints that line, with no blank line after it for a link error.
            boolean tight = Boolean.TRUE.equals(o.getMember("__looplabNoBlankLine"));
            return sb.append(arrow).append(tight ? "" : "\n").append(inspected).append('\n').toString();
        }
        if (where != null) {
            String text = js.sourceLine(where.file(), where.line());
            sb.append(where.file()).append(':').append(where.line()).append('\n')
              .append(text).append('\n')
              .append(" ".repeat(caretColumn(text, site == null && !isPrimitive(error)))).append("^\n");
        }
        if (isPrimitive(error)) {
            // A thrown string is printed as it is, other primitives as inspect shows them.
            sb.append(error instanceof CharSequence text ? text.toString() : inspected).append('\n')
              .append("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n");
        } else {
            sb.append('\n').append(inspected).append('\n');
        }
        return sb.toString();
    }

    String syntaxError(JsSyntaxError e) {
        // A file run as CommonJS that fails on module syntax: Node warns first.
        String warning = e.file.startsWith("[") || !ES_MODULE_SYNTAX.matcher(e.getMessage()).matches() ? ""
                : "Warning: To load an ES module, set \"type\": \"module\" in the package.json or use the .mjs extension.\n"
                  + "(Use `node --trace-warnings ...` to show where the warning was created)\n";
        return warning + e.file + ":" + e.line + "\n" + e.sourceLine + "\n"
                + " ".repeat(Math.max(0, Math.min(e.column, e.sourceLine.length()))) + "^\n\n"
                + "SyntaxError: " + e.getMessage() + "\n";
    }

    private static boolean isPrimitive(Object value) {
        return value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value.getClass().getSimpleName().equals("Undefined");
    }

    /** The first {@code (file:line)} frame of a Node-style stack. */
    private Site siteFromStack(String stack) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\n\\s+at (?:.*\\()?(.+?):(\\d+)\\)?\\n?").matcher(stack);
        while (m.find()) {
            if (js.isUserFile(m.group(1))) {
                return new Site(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return null;
    }

    /**
     * Where V8's caret goes (Nashorn keeps no columns). A thrown exception: at the throw
     * statement. An error known only by its stack (an unhandled rejection): where the stack was
     * captured, the {@code new ...Error} that built it, when the line builds exactly one.
     * Failing both, the start of the code on the line.
     */
    static int caretColumn(String line, boolean fromStack) {
        if (fromStack) {
            java.util.regex.Matcher built = ERROR_CONSTRUCTION.matcher(line);
            if (built.find()) {
                int at = built.start();
                if (!built.find()) {
                    return at;
                }
            }
        }
        int thr = line.indexOf("throw ");
        if (thr >= 0) {
            return thr;
        }
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
