package looplab.engine.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import looplab.engine.js.HostObject;
import looplab.engine.js.Latin1Bytes;
import looplab.engine.loop.Callback;
import looplab.engine.loop.EventLoop;
import looplab.engine.loop.Source;
import looplab.engine.loop.ThreadPool;
import org.openjdk.nashorn.api.scripting.JSObject;

/**
 * The host half of {@code fs.js} (Node's {@code fs} binding): one request per call. With a
 * completion function the request goes to the {@link ThreadPool} and its completion comes back
 * through the poll phase; without one it runs right here, blocking the loop, as the
 * {@code *Sync} forms do in Node. No ordering logic: {@code readFile}'s open/fstat/read/close
 * chain is built by {@code fs.js} out of separate requests, exactly as Node's is.
 */
final class FsModule {
    private final EventLoop loop;
    private final ThreadPool pool;
    private final Calls calls;
    private final FsOps ops;
    private final ProgramOutput output;

    FsModule(EventLoop loop, ThreadPool pool, Calls calls, FsOps ops, ProgramOutput output) {
        this.loop = loop;
        this.pool = pool;
        this.calls = calls;
        this.ops = ops;
        this.output = output;
    }

    void install(HostObject host) {
        host.function("fsAsync", (self, a) -> {
            submit(String.valueOf(a[0]), calls.arguments(a[1]), (JSObject) a[2], String.valueOf(a[3]),
                    a.length > 4 && a[4] instanceof String s ? s : null, a.length > 5 && Boolean.TRUE.equals(a[5]));
            return null;
        })
            .function("fsSync", (self, a) -> {
                try {
                    return jsValue(ops.run(String.valueOf(a[0]), plain(calls.arguments(a[1]))));
                } catch (FsError e) {
                    return errorInfo(e);
                }
            })
            .function("writeStd", (self, a) -> {
                output.write(((Number) a[0]).intValue(), String.valueOf(a[1]));
                return null;
            })
            .function("transcode", (self, a) -> transcode(String.valueOf(a[0]), String.valueOf(a[1]),
                    String.valueOf(a[2])))
            .nativeFunction("latin1Bytes", (self, a) -> Latin1Bytes.toUint8Array(String.valueOf(a[0])));
    }

    /**
     * One pool round trip. {@code continues}: on success the completion only starts the next
     * step of a compound call (readFile's open, fstat, read), so it does not run user code.
     */
    private void submit(String op, Object[] args, JSObject oncomplete, String api, String at, boolean continues) {
        Object[] plainArgs = plain(args);
        Object[] result = new Object[1];
        FsError[] failure = new FsError[1];
        Callback done = new Callback(loop.nextId(), api, at != null ? at : calls.where(), Source.POLL, () -> {
            Object err = failure[0] == null ? null : errorInfo(failure[0]);
            oncomplete.call(null, err, failure[0] == null ? jsValue(result[0]) : null);
        });
        loop.traceRequest(done);
        pool.submit(done, true, () -> {
            try {
                result[0] = ops.run(op, plainArgs);
                return !continues;
            } catch (FsError e) {
                failure[0] = e;
                return true;
            }
        });
    }

    /** Script values as plain Java ones, before they cross to a worker thread. */
    private static Object[] plain(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object v = args[i];
            if (v instanceof CharSequence cs) {
                out[i] = cs.toString();
            } else if (v instanceof Number || v instanceof Boolean) {
                out[i] = v;
            } else {
                out[i] = null;
            }
        }
        return out;
    }

    private static Object jsValue(Object v) {
        return v;
    }

    /** What {@code fs.js} builds Node's error from. */
    static HostObject errorInfo(FsError e) {
        return new HostObject()
            .value("fsError", true)
            .value("code", e.code)
            .value("errno", (double) e.errno())
            .value("description", e.description())
            .value("syscall", e.syscall)
            .value("path", e.path)
            .value("dest", e.dest);
    }

    /** Converts text between Buffer encodings; bytes are Latin-1 strings (one char per byte). */
    static String transcode(String text, String from, String to) {
        byte[] bytes = switch (from) {
            case "latin1" -> text.getBytes(StandardCharsets.ISO_8859_1);
            case "hex" -> hexBytes(text);
            case "base64" -> Base64.getMimeDecoder().decode(text.replace('-', '+').replace('_', '/'));
            case "utf16le" -> text.getBytes(StandardCharsets.UTF_16LE);
            case "ascii" -> text.getBytes(StandardCharsets.ISO_8859_1);
            default -> Utf8.encode(text);
        };
        return switch (to) {
            case "latin1" -> new String(bytes, StandardCharsets.ISO_8859_1);
            case "hex" -> HexFormat.of().formatHex(bytes);
            case "base64" -> Base64.getEncoder().encodeToString(bytes);
            case "base64url" -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            case "utf16le" -> new String(bytes, StandardCharsets.UTF_16LE);
            case "ascii" -> ascii(bytes);
            default -> Utf8.decode(bytes);
        };
    }

    private static String ascii(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            sb.append((char) (b & 0x7f));
        }
        return sb.toString();
    }

    /** Node stops at the first pair that is not hex. */
    private static byte[] hexBytes(String text) {
        int n = 0;
        while (n + 1 < text.length() && Character.digit(text.charAt(n), 16) >= 0
                && Character.digit(text.charAt(n + 1), 16) >= 0) {
            n += 2;
        }
        return HexFormat.of().parseHex(text, 0, n);
    }
}
