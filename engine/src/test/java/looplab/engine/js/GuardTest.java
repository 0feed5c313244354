package looplab.engine.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run with --timeout stops whatever the script does, and no catch can swallow the stop. */
class GuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "while (true) {}",
        "for (;;) { try { while (true) {} } catch (e) { console.log('swallowed') } }",
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } fib(60)",
        "const spin = () => spin2(); const spin2 = () => { for (;;) {} }; spin()",
        "setInterval(() => {}, 0)",
        "function again() { Promise.resolve().then(again) } again()",
        "do { } while (true)",
    })
    void runawayCodeStopsWithExitCode124(String code) {
        Runs.Result r = Runs.run(new ScriptSource("[eval]", code, "/tmp/[eval]"), Path.of("/tmp"), false,
                o -> o.withTimeout(Duration.ofMillis(300)));
        assertEquals(124, r.exitCode());
        assertEquals("", r.stdout(), "nothing may be printed from a swallowed stop");
        assertTrue(r.stderr().contains("timed out"), r.stderr());
    }

    @Test
    void aUseStrictDirectiveStillCountsAfterTheGuardGoesIn() {
        String code = "'use strict';\nfunction f() { 'use strict'; return this; }\n"
                + "console.log(typeof f());\ntry { undeclared = 1; } catch (e) { console.log(e.name); }";
        assertEquals("undefined\nReferenceError\n", Runs.eval(code, false).stdout());
    }

    @Test
    void aFunctionsSourceTextHasNoGuardInIt() {
        String fn = "function f(a) { 'use strict'; while (a) { a--; } try { return a; } catch (err) { return err; } }";
        String code = fn + "\nconsole.log(String(f));\nconsole.log(`${() => { return 1; }}`);";
        assertEquals(fn + "\n() => { return 1; }\n", Runs.eval(code, false).stdout());
    }
}
