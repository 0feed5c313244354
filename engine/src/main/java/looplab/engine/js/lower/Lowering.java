package looplab.engine.js.lower;

import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import looplab.engine.js.JsRuntime;
import looplab.engine.js.JsSyntaxError;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;

/**
 * Turns a user module into source Nashorn can run, on the same lines as the original.
 * Source that Nashorn runs as it is (ES5 and the ES2015 subset it compiles) is returned
 * untouched and costs one parse; the rest goes through the Closure Compiler
 * ({@link Transpiler}) and is laid back onto the user's lines ({@link LineLayout}).
 *
 * <p>Per runtime, once: the library gaps are filled ({@code polyfills.js}) before the first
 * module that lowering or the library's names call for runs; the {@code $jscomp} helpers ({@link RuntimeLibrary}) and looplab's V8-exact async
 * driver ({@code async.js}) are installed the first time something is lowered.
 */
public final class Lowering {
    private static final Pattern UNTRANSPILABLE = Pattern.compile(
            "Cannot convert \\S+ feature \"(.*?)\"|Transpilation of '(.*?)' is not yet implemented");
    /**
     * Names polyfills.js provides (and the typed arrays, whose methods it adds). Evaluating it costs Nashorn a few hundred milliseconds, so
     * a module that names none of them (and is not lowered: lowered code calls Object.assign)
     * does not pay for it. Only what the source says can count: a name built at run time
     * ({@code arr['incl' + 'udes']}) is not seen.
     */
    private static final Pattern LIBRARY_NAMES = Pattern.compile("\\.\\s*(?:assign|is|entries|values|fromEntries"
            + "|getOwnPropertyDescriptors?|hasOwn|from|of|includes|find|findIndex|findLast|findLastIndex|flat"
            + "|flatMap|at|fill|copyWithin|fromCodePoint|raw|startsWith|endsWith|repeat|padStart|padEnd"
            + "|trimStart|trimEnd|trimLeft|trimRight|replaceAll|codePointAt|EPSILON|MAX_SAFE_INTEGER"
            + "|MIN_SAFE_INTEGER|isFinite|isNaN|isInteger|isSafeInteger|parseFloat|parseInt|trunc|sign|cbrt"
            + "|log2|log10|hypot|asyncIterator|matchAll|flags)\\b|\\b(?:structuredClone|BigInt|Proxy|Reflect|WeakRef|FinalizationRegistry|Symbol)\\b"
            + "|\\b(?:Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64)Array\\b");

    /** Names locale.js provides: en-US formatting, which Nashorn does not do. */
    private static final Pattern LOCALE_NAMES = Pattern.compile("\\b(?:toLocaleString|toLocaleDateString|toLocaleTimeString|Intl)\\b");

    private final JsRuntime runtime;
    private boolean libraryInstalled;
    private boolean localeInstalled;
    private boolean helpersInstalled;
    /** The number of the next function named without Closure ({@link NativeNames}), per runtime. */
    private int nextNameId = 1;
    private boolean transpiled;

    public Lowering(JsRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Source Nashorn can compile, on the original lines; a {@link JsSyntaxError} if none. Source
     * that needs no lowering comes back as it is, but for V8's names given to its anonymous
     * functions ({@link NativeNames}): Closure's compilation of a 20-line script costs about as
     * much as running it, so it is not paid for names alone.
     */
    public String lower(String name, String code) {
        try {
            code = UnicodeNames.rewrite(code);
        } catch (PrivateNames.Misuse m) {
            throw syntaxError(name, code, new Transpiler.Failure(m.getMessage(), m.line, m.column));
        }
        CompletableFuture<String> ahead = takeAhead(name, code);
        if (ahead != null) {
            return lowerAlways(name, code, ahead);
        }
        SyntaxScan.Result scan = SyntaxScan.scan(name, code, runtime.guardName(), nextNameId);
        if (!scan.needsLowering()) {
            transpiled = false;
            for (NativeNames.Renamed r : scan.renamed()) {
                runtime.keepSourceText(r.id(), r.text(), r.original());
                nextNameId = Math.max(nextNameId, r.id() + 1);
            }
            if (LIBRARY_NAMES.matcher(code).find()) {
                installLibrary();
            }
            installLocale(code);
            return scan.code();
        }
        return lowerAlways(name, code);
    }

    /**
     * Did the last {@link #lower} go through Closure? When it did not and Nashorn still cannot
     * compile the result, the source is lowered after all ({@link #lowerAlways}).
     */
    public boolean transpiled() {
        return transpiled;
    }

    /** Lowers without asking first (for code Nashorn turned out not to compile). */
    public String lowerAlways(String name, String code) {
        return lowerAlways(name, code, null);
    }

    private String lowerAlways(String name, String code, CompletableFuture<String> ahead) {
        transpiled = true;
        installLibrary();
        installLocale(code);
        String lowered = ahead == null ? transform(name, code) : joinAhead(ahead, name, code);
        installHelpers();
        return lowered;
    }

    /**
     * A main script lowered ahead of need: its name, the text {@code lower} will be given
     * ({@code null} when that text needs no lowering, or the script is not compiled as
     * CommonJS), then what the text lowers to.
     */
    private record Ahead(String name, CompletableFuture<String> text, CompletableFuture<String> lowered) {}

    private static final java.util.concurrent.atomic.AtomicReference<Ahead> AHEAD =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Lowers a main script on a thread of its own while the process makes its engine: a cold
     * Closure Compiler costs a cold run a few hundred milliseconds of CPU (its classes'
     * initialisation, its first parse and passes), and a cold run's engine and runtime set-up
     * take about a second on the main thread, while the second core sits idle. {@code body}
     * gives the text {@link #lower} will be handed (or {@code null}: the script is not
     * compiled as CommonJS); computed on that thread too, as it costs parses. The first
     * {@link #lower} of {@code name} takes the result, or waits for it; only if it is handed
     * exactly that text, so what it returns is what it would have computed itself. One main
     * script per process: a later call replaces an earlier one.
     */
    public static void lowerAhead(String name, java.util.function.Supplier<String> body) {
        Ahead ahead = new Ahead(name, new CompletableFuture<>(), new CompletableFuture<>());
        AHEAD.set(ahead);
        Thread thread = new Thread(() -> {
            String text;
            try {
                text = body.get();
                if (text != null) {
                    text = UnicodeNames.rewrite(text);
                    if (!SyntaxScan.needsLowering(name, text)) {
                        text = null;
                    }
                }
            } catch (PrivateNames.Misuse | RuntimeException | Error unusual) {
                text = null; // (lower() meets it again and reports it as it always did)
            }
            ahead.text().complete(text);
            if (text == null) {
                return;
            }
            try {
                ahead.lowered().complete(transform(name, text));
            } catch (RuntimeException | Error e) {
                ahead.lowered().completeExceptionally(e);
            }
        }, "looplab-lower-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The lowering started ahead for exactly this text, if any; it is taken once. */
    private static CompletableFuture<String> takeAhead(String name, String code) {
        Ahead ahead = AHEAD.get();
        if (ahead == null || !ahead.name().equals(name) || !AHEAD.compareAndSet(ahead, null)) {
            return null;
        }
        return code.equals(ahead.text().join()) ? ahead.lowered() : null;
    }

    private static String joinAhead(CompletableFuture<String> ahead, String name, String code) {
        try {
            return ahead.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown; // the JsSyntaxError transform throws for this text on any thread
            }
            return transform(name, code); // (an Error there, a StackOverflowError say: try here)
        }
    }

    /** Does this source need lowering before Nashorn can run it? */
    public static boolean isNeeded(String name, String code) {
        return SyntaxScan.needsLowering(name, code);
    }

    /**
     * The lowering itself, with no runtime: ES5 on the original lines, calling the
     * {@code $jscomp} helpers; a {@link JsSyntaxError} located in the original source.
     */
    public static String transform(String name, String code) {
        String key = name + '\0' + code;
        String known = RECENT.get(key);
        if (known != null) {
            return known;
        }
        try {
            Transpiler.Output out = Transpiler.transpile(name, code);
            String lowered = LineLayout.layout(out.code(), out.mappings());
            RECENT.put(key, lowered);
            return lowered;
        } catch (Transpiler.Failure f) {
            throw syntaxError(name, code, f);
        }
    }

    /**
     * The last sources lowered, and what they came to: lowering is a pure function of the text,
     * and the same program is often lowered again (a graded program re-run with a race decided
     * the other way, a reference solution per submission, a REPL input repeated), each time a
     * Closure compilation of several milliseconds. Shared by every runtime in the JVM.
     */
    private static final java.util.Map<String, String> RECENT = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
                    return size() > 64;
                }
            });

    private void installLibrary() {
        if (!libraryInstalled) {
            libraryInstalled = true;
            runtime.loadInternal("polyfills").call(null, runtime.global());
        }
    }

    private void installLocale(String code) {
        if (!localeInstalled && LOCALE_NAMES.matcher(code).find()) {
            localeInstalled = true;
            runtime.loadInternal("locale").call(null, runtime.global());
        }
    }

    private void installHelpers() {
        if (!helpersInstalled) {
            helpersInstalled = true;
            ScriptObjectMirror install = (ScriptObjectMirror) runtime.loadInternal("async").call(null, runtime.global());
            runtime.loadInternal("jscomp");
            install.call(null, runtime.global(), runtime.global().getMember("$jscomp"), runtime.promiseModule());
        }
    }

    static JsSyntaxError syntaxError(String name, String code, Transpiler.Failure f) {
        String message = f.getMessage();
        Matcher m = UNTRANSPILABLE.matcher(message);
        if (m.find()) {
            message = "looplab does not support " + featureName(m.group(1) != null ? m.group(1) : m.group(2)) + " yet";
        } else if (message.startsWith("Parse error. ")) {
            String line = sourceLine(code, f.line);
            if (line.trim().startsWith("@") || message.contains("'@'")) {
                message = "looplab does not support decorators yet";
            } else {
                message = SyntaxMessages.v8Style(message.substring("Parse error. ".length()), code, f.line, f.column);
            }
        }
        return new JsSyntaxError(name, f.line, f.column, message, sourceLine(code, f.line));
    }

    private static String featureName(String closureName) {
        return switch (closureName) {
            case "bigint" -> "BigInt";
            case "RegExp Lookbehind" -> "regular expression lookbehind";
            case "RegExp named groups" -> "regular expression named groups";
            default -> closureName;
        };
    }

    private static String sourceLine(String code, int line) {
        String[] lines = code.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1].replace("\r", "") : "";
    }
}
