package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;
import org.openjdk.nashorn.api.scripting.JSObject;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import looplab.engine.js.HiddenSlot;

/**
 * Runs looplab/runtime/promise.js on its own, with a fake host that behaves like Node's loop
 * for what the promise programs use (microtask queue, setTimeout, queueMicrotask, and the
 * unhandledRejection / rejectionHandled bookkeeping of lib/internal/process/promises.js), and
 * compares each program's log with the order recorded from Node 20 (promise/NAME.expected.txt).
 */
class PromiseJsTest {

    static final String FIXTURES = "/promise";

    @TestFactory
    Stream<DynamicTest> orderingMatchesNode() throws IOException, URISyntaxException {
        return fixtures(FIXTURES, 40);
    }

    /**
     * async/await written out over {@code internals} the way the await driver will do it
     * (NAME.js), against the order Node gives the real async functions in NAME.node.js.
     */
    @TestFactory
    Stream<DynamicTest> awaitOverInternalsMatchesNode() throws IOException, URISyntaxException {
        return fixtures(FIXTURES + "/await", 2);
    }

    private static Stream<DynamicTest> fixtures(String resourceDir, int atLeast)
            throws IOException, URISyntaxException {
        URL dir = PromiseJsTest.class.getResource(resourceDir);
        assertTrue(dir != null, "fixtures missing: " + resourceDir);
        List<Path> programs;
        try (Stream<Path> files = Files.list(Paths.get(dir.toURI()))) {
            programs = files.filter(p -> p.toString().endsWith(".js") && !p.toString().endsWith(".node.js"))
                    .sorted().collect(Collectors.toList());
        }
        assertTrue(programs.size() >= atLeast, "expected at least " + atLeast + " fixtures, found " + programs.size());
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            String expected = Files.readString(p.resolveSibling(name.replaceAll("\\.js$", ".expected.txt")));
            Runner r = new Runner(false);
            r.run(name, Files.readString(p));
            assertEquals(expected.strip(), String.join("\n", r.log).strip(), name);
        }));
    }

    @Test
    void tracingReportsTheRegisteringLine() throws Exception {
        Runner r = new Runner(true);
        r.run("trace.js", String.join("\n",
                "var p = Promise.resolve(1);",                           // 1
                "p.then(function (v) { log('a', v); });",                // 2
                "var q = new Promise(function (res) { res(p); });",      // 3
                "var d = q.then(function () { log('b'); });",            // 4
                "d.catch(function () {});",                              // 5
                "queueMicrotask(function () { log('m'); });"));          // 6
        assertEquals(List.of("a 1", "m", "b"), r.log);
        assertEquals(List.of(
                "promise trace.js:2",      // p's reaction, registered on line 2
                "promise trace.js:3",      // NewPromiseResolveThenableJob, from res(p) on line 3
                "microtask null",
                "promise trace.js:3",      // q follows p: the reaction the thenable job added
                "promise trace.js:4",      // q.then's reaction
                "promise trace.js:5"),     // the derived promise's .catch, passed through
                r.jobs);
    }

    @Test
    void noWhereCallsWhenNotTracing() throws Exception {
        Runner r = new Runner(false);
        r.run("nowhere.js", "var p = new Promise(function (res) { res(Promise.resolve(1)); });"
                + "p.then(function (v) { log(v); }).finally(function () {});"
                + "Promise.all([p, 2, {then: function (f) { f(3); }}]).then(function (v) { log(v); });");
        assertEquals(List.of("1", "1,2,3"), r.log);
        assertEquals(0, r.whereCalls);
        assertTrue(r.jobs.stream().allMatch(j -> j.equals("promise null")), r.jobs.toString());
    }

    @Test
    void internals() throws Exception {
        Runner r = new Runner(false);
        r.run("internals.js", String.join("\n",
                "var I = __internals;",
                "var p = Promise.resolve(1), q = Promise.reject(2), n = new Promise(function () {});",
                "log(I.state(p), I.result(p), I.state(q), I.result(q), I.state(n), I.state({}));",
                "log(I.isPromise(p), I.isPromise({}), I.isPromise(Object.create(p)), I.isPromise(null));",
                "log(I.promiseResolve(Promise, p) === p, I.promiseResolve(Promise, 3) instanceof Promise);",
                "I.markHandled(q);",
                "var cap = I.newPromiseCapability(Promise);",
                "log(typeof cap.resolve, typeof cap.reject, I.isPromise(cap.promise));",
                "log(I.performPromiseThen(p, function (v) { log('no capability', v); },",
                "    function () {}, undefined));",
                "var d = I.performPromiseThen(p, function (v) { return v + 1; }, undefined, cap);",
                "log(d === cap.promise);",
                "cap.promise.then(function (v) { log('derived', v); });",
                "I.performPromiseThen(Promise.resolve(0), function () { throw new Error('boom'); },",
                "    undefined, undefined);",
                "var copy = {}; Object.getOwnPropertyNames(p).concat(Object.getOwnPropertySymbols(p))",
                "    .forEach(function (k) { copy[k] = p[k]; });",
                "log('copy', I.isPromise(copy), I.isPromise(Object.create(p)));",
                "log('keys', Object.keys(p).length, Object.getOwnPropertyNames(p).length,",
                "    Object.getOwnPropertySymbols(p).length, JSON.stringify(p));",
                "var frozen = Object.freeze(Promise.resolve(5));",
                "log('frozen', Object.isFrozen(frozen), I.state(frozen), I.result(frozen),",
                "    Object.isFrozen(Object.preventExtensions(new Promise(function () {}))));",
                "for (var k in p) log('enumerable', k);"));
        assertEquals(List.of(
                "fulfilled 1 rejected 2 pending undefined",
                "true false false false",
                "true true",
                "function function true",
                "undefined",
                "true",
                "copy false false",
                "keys 0 0 0 {}",
                "frozen true fulfilled 5 true",
                "no capability 1",
                "uncaught Error: boom",
                "derived 2"), r.log);
    }

    /* ------------------------------------------------------------------ the fake host */

    /** One engine running promise.js plus one program, with a Node-like loop around it. */
    static final class Runner {
        final List<String> log = new ArrayList<>();
        /** Every job queued, as "api at". */
        final List<String> jobs = new ArrayList<>();
        int whereCalls;

        private final boolean tracing;
        private final ScriptEngine engine;
        /** Jobs: {runner, argument}; a queueMicrotask callback runs with no argument. */
        private final ArrayDeque<Object[]> microtasks = new ArrayDeque<>();
        private final HiddenSlot promiseRecords = new HiddenSlot("PromiseRecord");
        private final PriorityQueue<long[]> timers = new PriorityQueue<>(
                (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        private final Map<Long, JSObject> timerCallbacks = new HashMap<>();
        private long now;
        private long seq;
        private String userFile = "";

        // lib/internal/process/promises.js
        private final Map<Object, Object[]> maybeUnhandled = new HashMap<>(); // promise -> {reason, warned}
        private final ArrayDeque<Object> pendingUnhandled = new ArrayDeque<>();
        private final ArrayDeque<Object> asyncHandled = new ArrayDeque<>();
        private final List<JSObject> onUnhandled = new ArrayList<>();
        private final List<JSObject> onHandled = new ArrayList<>();

        Runner(boolean tracing) throws IOException, ScriptException {
            this.tracing = tracing;
            engine = new NashornScriptEngineFactory().getScriptEngine(
                    new String[] {"--language=es6", "--no-java", "--no-syntax-extensions", "--optimistic-types=false"},
                    PromiseJsTest.class.getClassLoader(), s -> false);
            engine.put(ScriptEngine.FILENAME, "promise.js");
            Object factory = engine.eval(promiseJs());
            JSObject host = new Members()
                    .put("tracing", tracing)
                    .put("enqueueJob", fn(a -> {
                        microtasks.add(new Object[] {a[0], a[1]});
                        jobs.add("promise " + a[2]);
                        return null;
                    }))
                    .put("promiseRecord", fn(a -> promiseRecords.get(a[0])))
                    .put("setPromiseRecord", fn(a -> {
                        promiseRecords.attach(a[0], a[1]);
                        return null;
                    }))
                    .put("where", fn(a -> {
                        whereCalls++;
                        return where();
                    }))
                    .put("rejectionUnhandled", fn(a -> {
                        maybeUnhandled.put(a[0], new Object[] {a[1], false});
                        pendingUnhandled.add(a[0]);
                        return null;
                    }))
                    .put("rejectionHandled", fn(a -> {
                        Object[] info = maybeUnhandled.remove(a[0]);
                        if (info != null && (Boolean) info[1]) asyncHandled.add(a[0]);
                        return null;
                    }));
            JSObject exports = (JSObject) ((JSObject) factory).call(null, host);
            JSObject h = new Members()
                    .put("log", fn(a -> log.add(String.valueOf(a[0]))))
                    .put("queueMicrotask", fn(a -> {
                        microtasks.add(new Object[] {a[0]});
                        jobs.add("microtask null");
                        return null;
                    }))
                    .put("setTimeout", fn(a -> {
                        long id = ++seq;
                        long delay = Math.max(1, ((Number) a[1]).longValue());
                        timers.add(new long[] {now + delay, id});
                        timerCallbacks.put(id, (JSObject) a[0]);
                        return (double) id;
                    }))
                    .put("on", fn(a -> {
                        if ("unhandledRejection".equals(a[0])) onUnhandled.add((JSObject) a[1]);
                        else if ("rejectionHandled".equals(a[0])) onHandled.add((JSObject) a[1]);
                        return null;
                    }));
            engine.put("__exports", exports);
            engine.put("__host", host);
            engine.put("__h", h);
            engine.put(ScriptEngine.FILENAME, "prelude.js");
            engine.eval(String.join("\n",
                    "var Promise = __exports.Promise, AggregateError = __exports.AggregateError;",
                    "var __internals = __exports.internals;",
                    "function log() {",
                    "  var s = [];",
                    "  for (var i = 0; i < arguments.length; i++) s.push(String(arguments[i]));",
                    "  __h.log(s.join(' '));",
                    "}",
                    "function setTimeout(fn, ms) {",
                    "  var args = Array.prototype.slice.call(arguments, 2);",
                    "  return __h.setTimeout(function () { fn.apply(undefined, args); }, ms === undefined ? 0 : +ms);",
                    "}",
                    "function queueMicrotask(fn) { __h.queueMicrotask(fn); }",
                    "var process = { on: function (ev, fn) { __h.on(ev, fn); return process; } };",
                    "process.on('unhandledRejection', function (r, p) {",
                    "  log('unhandledRejection', String(r), p.label === undefined ? '' : p.label); });",
                    "process.on('rejectionHandled', function (p) {",
                    "  log('rejectionHandled', p.label === undefined ? '' : p.label); });"));
        }

        static String promiseJs() throws IOException {
            try (InputStream in = PromiseJsTest.class.getResourceAsStream("/looplab/runtime/promise.js")) {
                if (in == null) throw new IOException("looplab/runtime/promise.js not on the classpath");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        /** Runs the program as the first macrotask, then the timers, Node style. */
        void run(String fileName, String source) throws ScriptException {
            userFile = fileName;
            engine.put(ScriptEngine.FILENAME, fileName);
            engine.getContext().setAttribute(ScriptEngine.FILENAME, fileName, ScriptContext.ENGINE_SCOPE);
            engine.eval(source);
            afterMacrotask();
            while (!timers.isEmpty()) {
                long[] t = timers.poll();
                now = t[0];
                JSObject cb = timerCallbacks.remove(t[1]);
                try {
                    cb.call(null);
                } catch (RuntimeException e) {
                    log.add("uncaught " + describe(e));
                }
                afterMacrotask();
            }
        }

        /** processTicksAndRejections: drain microtasks, then report rejections, until quiet. */
        void afterMacrotask() {
            do {
                Object[] job;
                while ((job = microtasks.poll()) != null) {
                    try {
                        if (job.length == 1) ((JSObject) job[0]).call(null);
                        else ((JSObject) job[0]).call(null, job[1]);
                    } catch (RuntimeException e) {
                        log.add("uncaught " + describe(e));
                    }
                }
            } while (processRejections());
        }

        private boolean processRejections() {
            boolean more = !asyncHandled.isEmpty();
            while (!asyncHandled.isEmpty()) {
                Object p = asyncHandled.poll();
                for (JSObject l : onHandled) l.call(null, p);
            }
            for (int len = pendingUnhandled.size(); len > 0; len--) {
                Object p = pendingUnhandled.poll();
                Object[] info = maybeUnhandled.get(p);
                if (info == null) continue;
                info[1] = true;
                for (JSObject l : onUnhandled) l.call(null, info[0], p);
                more = true;
            }
            return more || !pendingUnhandled.isEmpty();
        }

        private String where() {
            for (StackTraceElement e : new Throwable().getStackTrace()) {
                if (userFile.equals(e.getFileName()) && e.getLineNumber() > 0) {
                    return userFile + ":" + e.getLineNumber();
                }
            }
            return null;
        }

        private static String describe(RuntimeException e) {
            Object thrown = e instanceof org.openjdk.nashorn.api.scripting.NashornException
                    ? ((org.openjdk.nashorn.api.scripting.NashornException) e).getEcmaError() : null;
            return thrown != null ? String.valueOf(thrown) : String.valueOf(e);
        }
    }

    static JSObject fn(Function<Object[], Object> body) {
        return new AbstractJSObject() {
            @Override
            public boolean isFunction() {
                return true;
            }

            @Override
            public Object call(Object thiz, Object... args) {
                return body.apply(args);
            }
        };
    }

    /** A host object: named members, nothing else. */
    static final class Members extends AbstractJSObject {
        private final Map<String, Object> members = new HashMap<>();

        Members put(String name, Object value) {
            members.put(name, value);
            return this;
        }

        @Override
        public Object getMember(String name) {
            return members.get(name);
        }

        @Override
        public boolean hasMember(String name) {
            return members.containsKey(name);
        }
    }
}
