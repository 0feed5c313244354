package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import looplab.engine.js.ScriptSource;
import looplab.engine.js.SharedEngine;
import looplab.engine.testing.Runs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Many programs on one engine, each in a fresh global: nothing one does is seen by the next,
 * two threads can run programs at the same time, and a program stopped by the guard or dead
 * of its own errors leaves the engine as good as new.
 */
class SharedEngineTest {
    private static final SharedEngine ENGINE = new SharedEngine();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

    /** Timers, nextTick, promises, await-free: Node 20 prints exactly this. */
    private static final String ORDER = String.join("\n",
            "console.log('start', ID);",
            "setTimeout(() => console.log('timeout', ID), 0);",
            "setImmediate(() => console.log('immediate', ID));",
            "process.nextTick(() => console.log('tick', ID));",
            "Promise.resolve(ID).then((v) => console.log('then', v));",
            "setTimeout(() => Promise.resolve().then(() => console.log({ id: ID, list: [1, 2] })), 5);",
            "console.log('end', ID);");

    private static String orderExpected(int id) {
        return "start " + id + "\nend " + id + "\ntick " + id + "\nthen " + id + "\ntimeout " + id
                + "\nimmediate " + id + "\n{ id: " + id + ", list: [ 1, 2 ] }\n";
    }

    private static String order(int id) {
        return "const ID = " + id + ";\n" + ORDER;
    }

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    private static Runs.Result run(String code) {
        return Runs.eval(code, false, ENGINE);
    }

    @Test
    void aProgramSeesNothingOfTheProgramBefore() throws Exception {
        Runs.Result a = run(String.join("\n",
                "globalThis.leak = 1; var declared = 2;",
                "Array.prototype.x = 'ax'; Object.prototype.y = 'oy'; String.prototype.trim = null;",
                "Promise.prototype.then = function () { return 'hijacked' };",
                "const realLog = console.log; console.log = function () { realLog('hooked') };",
                "globalThis.setTimeout = null; process.env.SECRET = 'a'; process.exitCode = 3;",
                "require('events').prototype.extra = 1; require('path').join = null;",
                "Object.freeze(Object.prototype);",
                "realLog('A done');"));
        assertEquals("A done\n", a.stdout());
        assertEquals(3, a.exitCode());
        String[] threads = {"same thread", "other thread"};
        for (String where : threads) {
            String check = String.join("\n",
                    "console.log(typeof leak, typeof declared, [].x, ({}).y, typeof ' a'.trim, process.env.SECRET);",
                    "Object.prototype.z = 1; console.log(({}).z);",
                    "Promise.resolve(1).then((v) => console.log('then', v));",
                    "setTimeout(() => console.log('timeout'), 0);",
                    "const E = require('events'); const e = new E(); e.on('x', (v) => console.log('x', v, e.extra)); e.emit('x', 1);",
                    "console.log(require('path').join('a', 'b'), { nested: [1] });");
            Runs.Result b = where.equals("same thread") ? run(check)
                    : THREADS.submit(() -> run(check)).get(60, TimeUnit.SECONDS);
            assertEquals("undefined undefined undefined undefined function undefined\n1\nx 1 undefined\na/b { nested: [ 1 ] }\n"
                    + "then 1\ntimeout\n", b.stdout(), where + "\n" + b.stderr());
            assertEquals(0, b.exitCode(), where);
        }
    }

    @Test
    void twoThreadsRunProgramsAtTheSameTime() throws Exception {
        int perThread = 12;
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<List<String>>> done = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            done.add(THREADS.submit(() -> {
                start.await();
                List<String> wrong = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    int id = thread * 1000 + i;
                    Runs.Result r = run(order(id));
                    if (!r.stdout().equals(orderExpected(id)) || r.exitCode() != 0) {
                        wrong.add(id + ": " + r.stdout() + r.stderr());
                    }
                }
                return wrong;
            }));
        }
        for (Future<List<String>> f : done) {
            assertEquals(List.of(), f.get(120, TimeUnit.SECONDS));
        }
    }

    @Test
    void aStoppedProgramDoesNotPoisonTheEngine() throws Exception {
        String[] runaway = {
            "while (true) {}",
            "function f() { for (;;) { try { g() } catch (e) {} } } function g() { while (true) {} } f()",
            "setInterval(() => { for (let i = 0; i < 1e6; i++) {} }, 0)",
            "function again() { Promise.resolve().then(again) } again()",
        };
        for (String code : runaway) {
            Runs.Result stopped = Runs.run(new ScriptSource("[eval]", code, "/tmp/[eval]"), Path.of("/tmp"), false,
                    o -> o.withTimeout(Duration.ofMillis(200)), ENGINE);
            assertEquals(124, stopped.exitCode(), code);
            Runs.Result next = run(order(7));
            assertEquals(orderExpected(7), next.stdout(), "after " + code + "\n" + next.stderr());
            Runs.Result elsewhere = THREADS.submit(() -> run(order(8))).get(60, TimeUnit.SECONDS);
            assertEquals(orderExpected(8), elsewhere.stdout(), "after " + code + "\n" + elsewhere.stderr());
        }
    }

    @Test
    void programsThatDieOrDoNotCompileLeaveTheEngineAsItWas() {
        String[] bad = {
            "function f() { return f() + 1 } f()",
            "null.x",
            "Promise.reject(new Error('nobody catches'))",
            "let = = 1;",
            "class A { async m() { await null; throw new TypeError('late') } } new A().m()",
            "process.exit(5)",
        };
        for (String code : bad) {
            Runs.Result r = run(code);
            assertTrue(r.exitCode() != 0, code);
            Runs.Result next = run(order(9));
            assertEquals(orderExpected(9), next.stdout(), "after " + code + "\n" + next.stderr());
        }
    }

    @Test
    void theCallingThreadGetsItsGlobalBack() throws Exception {
        Object before = org.openjdk.nashorn.internal.runtime.Context.getGlobal();
        run(order(1));
        assertSame(before, org.openjdk.nashorn.internal.runtime.Context.getGlobal());
        Object onPool = THREADS.submit(() -> {
            run(order(2));
            return org.openjdk.nashorn.internal.runtime.Context.getGlobal();
        }).get(60, TimeUnit.SECONDS);
        assertEquals(null, onPool);
    }

    @Test
    void loweredProgramsRunInFreshGlobalsToo() {
        String code = String.join("\n",
                "class Counter { #n = 0; #n = 1; inc() { return ++this.#n } }",
                "async function main() { for (const d of [3, 1]) { await new Promise((r) => setTimeout(r, d)); console.log('waited', d) } }",
                "main().then(() => console.log([...'ab'], { ...{ a: 1 } }));");
        // A duplicate private name is an early SyntaxError: it must not break the next program.
        Runs.Result unsupported = run(code);
        assertEquals(1, unsupported.exitCode());
        String supported = code.replace("class Counter { #n = 0; #n = 1; inc() { return ++this.#n } }", "class Counter {}");
        for (int i = 0; i < 3; i++) {
            Runs.Result r = run(supported);
            assertEquals("waited 3\nwaited 1\n[ 'a', 'b' ] { a: 1 }\n", r.stdout(), r.stderr());
        }
    }
}
