package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;

/** 'beforeExit' and 'exit' listeners that misbehave end the process as Node's do: no internal error. */
class ExitListenerTest {

    @Test
    void aThrowingExitListenerIsAnUncaughtErrorWithExitCodeOne() {
        Runs.Result r = Runs.eval("process.on('exit', () => { throw new Error('boom') }); console.log('hi')", false);
        assertEquals("hi\n", r.stdout());
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("Error: boom"), r.stderr());
        assertTrue(!r.stderr().contains("internal error"), r.stderr());
    }

    @Test
    void aThrowingBeforeExitListenerRunsTheExitListenersWithCodeOne() {
        Runs.Result r = Runs.eval("process.on('beforeExit', () => { throw new Error('early') });"
                + " process.on('exit', (c) => console.log('exit', c))", false);
        assertEquals("exit 1\n", r.stdout());
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("Error: early"), r.stderr());
    }

    @Test
    void nodeSkipsItsOwnEmitWhenProcessEmitIsNotAFunction() {
        Runs.Result r = Runs.eval("require('events').prototype.emit = null; console.log('hi')", false);
        assertEquals("hi\n", r.stdout());
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("", r.stderr());
    }
}
