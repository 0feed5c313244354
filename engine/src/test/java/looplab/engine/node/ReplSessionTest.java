package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import looplab.engine.trace.TraceEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A session on the virtual clock: what each input echoes, and what the program prints. */
class ReplSessionTest {
    static final List<String> printed = new ArrayList<>();
    static final List<String> phases = new ArrayList<>();
    static final List<ReplSession.Echo> echoes = new ArrayList<>();
    static ReplSession session;

    @BeforeAll
    static void start() {
        PrintStream none = new PrintStream(PrintStream.nullOutputStream());
        RunOptions options = RunOptions.defaults(none, none).withSink(event -> {
            synchronized (printed) {
                if (event instanceof TraceEvent.Output o) {
                    printed.add(o.source() + "@" + o.phase() + " " + o.text());
                } else if (event instanceof TraceEvent.PhaseEntered p) {
                    printed.add("── " + p.phase());
                }
            }
        }, false);
        session = ReplSession.start(options, false, false, e -> {
            synchronized (echoes) {
                echoes.add(e);
            }
        });
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    static ReplSession.Echo eval(String code) throws Exception {
        return echoAfter(code, 0);
    }

    /** The echo of {@code code}, or the {@code later}-th one after it (what its callbacks threw). */
    static ReplSession.Echo echoAfter(String code, int later) throws Exception {
        int before;
        synchronized (echoes) {
            before = echoes.size();
        }
        session.eval(code).get(120, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            synchronized (echoes) {
                if (later == 0) {
                    return echoes.size() > before ? echoes.get(echoes.size() - 1) : null;
                }
                if (echoes.size() > before + later) {
                    return echoes.get(before + later);
                }
            }
            assertTrue(System.nanoTime() < deadline, "echo " + later + " after the input never came");
            Thread.sleep(10);
        }
    }

    static String value(String code) throws Exception {
        return shown(eval(code));
    }

    static String shown(ReplSession.Echo e) {
        return (e.isError() ? "! " : "") + e.text();
    }

    @Test
    void echoesValuesAsNodesReplDoes() throws Exception {
        assertEquals("2", value("1 + 1"));
        assertEquals("undefined", value("var a = 1"));
        assertEquals("null", value("null"));
        assertEquals("undefined", value("undefined"));
        assertEquals("{ a: 1 }", value("{a: 1}"));
        assertEquals("'s'", value("'s'"));
        assertEquals("[ 1, 2 ]", value("[1, 2] // a comment"));
    }

    @Test
    void declarationsPersistAcrossInputs() throws Exception {
        value("let counter = 1");
        value("const step = 2");
        value("class Box { constructor(v) { this.v = v } }");
        value("function bump() { counter += step; return counter }");
        assertEquals("3", value("bump()"));
        assertEquals("5", value("new Box(bump()).v"));
    }

    @Test
    void underscoreHoldsTheLastValueAndErrorTheLastError() throws Exception {
        value("40 + 2");
        assertEquals("42", value("_"));
        assertEquals("! Uncaught Error: boom", value("throw new Error('boom')"));
        assertEquals("'boom'", value("_error.message"));
        assertEquals("! Uncaught 5", value("throw 5"));
    }

    @Test
    void anUncaughtErrorShowsItsFramesWithoutTheInputsOwnAsNodesReplDoes() throws Exception {
        // What node 20's REPL printed for these inputs (columns aside: Nashorn's frames have none).
        value("function f() { throw new Error('boom') }");
        value("function g() { f() }");
        assertEquals("! Uncaught Error: boom\n    at f (REPLn:1)\n    at g (REPLn:1)", repl(value("g()")));
        assertEquals("'Error: boom\\n    at f (REPLn:1)\\n    at g (REPLn:1)'", repl(value("_error.stack")));
        assertEquals("! Uncaught [Error: x] { code: 'E' }", value("throw Object.assign(new Error('x'), { code: 'E' })"));
        assertEquals("! Uncaught RangeError: y\n    at h (REPLn:1) {\n  n: 1\n}",
                repl(value("function h() { throw Object.assign(new RangeError('y'), { n: 1 }) }; h()")));
        assertEquals("! Uncaught TypeError: late", repl(shown(echoAfter("setTimeout(() => { throw new TypeError('late') }, 5)", 1))));
        assertEquals("! Uncaught { a: 1 }", value("throw { a: 1 }"));
        assertEquals("! Uncaught 'str'", value("throw 'str'"));
    }

    /** Inputs are numbered across the tests' one session: REPL7 reads REPLn. */
    private static String repl(String shown) {
        return shown.replaceAll("REPL\\d+", "REPLn");
    }

    @Test
    void syntaxErrorsDoNotEndTheSession() throws Exception {
        assertTrue(value("let = ;").startsWith("! Uncaught SyntaxError"));
        assertEquals("4", value("2 * 2"));
    }

    @Test
    void topLevelAwaitEchoesTheSettledValue() throws Exception {
        assertEquals("7", value("await Promise.resolve(7)"));
        value("const later = await new Promise(r => setTimeout(() => r('done'), 1000))");
        assertEquals("'done'", value("later"));
        // Node keeps the frame of the function the input was wrapped in for its await.
        assertEquals("! Uncaught Error: no\n    at REPLn:1", repl(value("await Promise.reject(new Error('no'))")));
    }

    @Test
    void inputsRunInThePollPhaseAndTheirCallbacksInNodesOrder() throws Exception {
        synchronized (printed) {
            printed.clear();
        }
        eval("setTimeout(() => console.log('timeout'), 0); setImmediate(() => console.log('immediate'));"
                + " process.nextTick(() => console.log('tick')); Promise.resolve().then(() => console.log('promise'));"
                + " console.log('sync')");
        eval("await new Promise(r => setTimeout(r, 5))");
        synchronized (printed) {
            // No header for an input's own poll phase: only the program's callbacks bring one (the
            // last is the timer the second input awaits).
            assertEquals(List.of("main@poll sync", "nextTick@poll tick", "microtask@poll promise",
                    "── check", "check@check immediate", "── timers", "timers@timers timeout", "── timers"),
                    printed);
        }
    }

    @Test
    void completionSeesLiveObjectsAndLexicalDeclarations() throws Exception {
        value("const completeMe = { alpha: 1, beta: 2 }");
        assertTrue(session.complete("completeMe").containsAll(List.of("alpha", "beta")));
        assertTrue(session.complete("").containsAll(List.of("completeMe", "setTimeout", "process")));
        assertTrue(session.complete("process").contains("nextTick"));
    }

    @Test
    void queuesListPendingTimers() throws Exception {
        // On the virtual clock an idle loop fast-forwards to the timer at once; wait for real.
        session.setClock(true);
        value("const t = setTimeout(() => {}, 60000)");
        ReplSession.Queues q = session.queues();
        assertTrue(q.timers().stream().anyMatch(p -> p.api().equals("setTimeout") && p.dueMs() >= q.nowMs()));
        value("clearTimeout(t)");
        session.setClock(false);
    }
}
