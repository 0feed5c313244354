package looplab.engine.node;

import java.util.ArrayList;
import java.util.List;

/**
 * A CommonJS module's {@code module.path} and {@code module.paths} for its absolute file name,
 * as Node computes them on POSIX: the directory ({@code path.dirname}), and the
 * {@code node_modules} directories a bare {@code require} looks in, nearest first
 * ({@code Module._nodeModulePaths}: every ancestor not itself named {@code node_modules}).
 *
 * <p>modules.js computed both with {@code path.dirname} and {@code path.basename} in a loop
 * over the ancestors, for the main module of every program: a few hundred calls of cold
 * script code, each through call sites still interpreted, about 20 ms of a one-line program's
 * main thread. Here it is one call.
 */
final class ModulePaths {
    private ModulePaths() {
    }

    /** {@code {"path": dirname, "paths": [...]}} as JSON, for an absolute file name. */
    static String json(String filename) {
        String dir = dirname(filename);
        StringBuilder sb = new StringBuilder("{\"path\":");
        HostBridge.Json.quote(sb, dir);
        return sb.append(",\"paths\":").append(HostBridge.Json.array(nodeModulePaths(dir))).append('}').toString();
    }

    /** Node's {@code Module._nodeModulePaths(from)} for an absolute {@code from}, which it resolves first. */
    static List<String> nodeModulePaths(String from) {
        List<String> out = new ArrayList<>();
        String dir = java.nio.file.Path.of(from).normalize().toString();
        while (true) {
            if (!basename(dir).equals("node_modules")) {
                out.add(dir.equals("/") ? "/node_modules" : dir + "/node_modules");
            }
            String parent = dirname(dir);
            if (dir.equals("/") || parent.equals(dir)) {
                return out;
            }
            dir = parent;
        }
    }

    /** Node's POSIX {@code path.dirname}. */
    static String dirname(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean hasRoot = path.charAt(0) == '/';
        int end = -1;
        boolean matchedSlash = true;
        for (int i = path.length() - 1; i >= 1; --i) {
            if (path.charAt(i) == '/') {
                if (!matchedSlash) {
                    end = i;
                    break;
                }
            } else {
                matchedSlash = false;
            }
        }
        if (end == -1) {
            return hasRoot ? "/" : ".";
        }
        if (hasRoot && end == 1) {
            return "//";
        }
        return path.substring(0, end);
    }

    /** Node's POSIX {@code path.basename} without a suffix. */
    static String basename(String path) {
        int start = 0;
        int end = -1;
        boolean matchedSlash = true;
        for (int i = path.length() - 1; i >= 0; --i) {
            if (path.charAt(i) == '/') {
                if (!matchedSlash) {
                    start = i + 1;
                    break;
                }
            } else if (end == -1) {
                matchedSlash = false;
                end = i + 1;
            }
        }
        return end == -1 ? "" : path.substring(start, end);
    }
}
