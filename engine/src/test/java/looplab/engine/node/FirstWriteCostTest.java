package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * A script's first write costs Node about 5 ms, and the virtual clock charges it once
 * ({@link ProgramOutput#NODE_FIRST_WRITE_MS}), whichever stream and API writes first.
 */
class FirstWriteCostTest {
    @Test
    void theFirstWriteMovesTheClockAndLaterOnesDoNot() {
        Runs.Result r = Runs.eval("""
                const t0 = performance.now();
                console.log('first');
                const t1 = performance.now();
                console.log('second');
                const t2 = performance.now();
                console.log(t1 - t0 >= 5, t2 - t1 < 5);
                """, false);
        assertEquals("first\nsecond\ntrue true\n", r.stdout());
    }

    @Test
    void aTimerOfAFewMsSetBeforeTheFirstLogIsDueWhenTheLoopStarts() {
        Runs.Result r = Runs.eval("""
                setTimeout(() => console.log('timeout 4'), 4);
                setTimeout(() => console.log('timeout 8'), 8);
                setImmediate(() => console.log('immediate'));
                console.log('main');
                """, false);
        assertEquals("main\ntimeout 4\nimmediate\ntimeout 8\n", r.stdout());
    }

    @Test
    void aTimerSetAfterTheFirstWriteDoesNotGainFromIt() {
        Runs.Result r = Runs.eval("""
                process.stderr.write('warming up\\n');
                setTimeout(() => console.log('timeout 2'), 2);
                setImmediate(() => console.log('immediate'));
                """, false);
        assertEquals("immediate\ntimeout 2\n", r.stdout());
    }

    @Test
    void aFirstWriteInsideACallbackDelaysWhatComesAfterIt() {
        Runs.Result r = Runs.eval("""
                setTimeout(() => console.log('timeout 3'), 3);
                setImmediate(() => {
                  console.log('immediate 1');
                  setImmediate(() => console.log('immediate 2'));
                });
                """, false);
        assertEquals("immediate 1\ntimeout 3\nimmediate 2\n", r.stdout());
    }
}
