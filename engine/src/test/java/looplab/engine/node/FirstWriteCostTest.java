package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import looplab.engine.loop.Clock;
import looplab.engine.loop.EventLoop;
import looplab.engine.loop.RaceChoices;
import looplab.engine.testing.Runs;
import looplab.engine.trace.Tracer;
import org.junit.jupiter.api.Test;

/**
 * A script's first write costs Node about 5 ms, and the virtual clock charges it once
 * ({@link ProgramOutput#NODE_FIRST_WRITE_MS}), whichever stream and API writes first.
 */
class FirstWriteCostTest {
    @Test
    void theFirstWriteMovesTheScriptsClockByAtLeastTheCharge() {
        // (Only a lower bound: the virtual clock also counts the real time the script runs,
        // which on a loaded machine is anything; the exact charge is checked below.)
        Runs.Result r = Runs.eval("""
                const t0 = performance.now();
                console.log('first');
                const t1 = performance.now();
                console.log(t1 - t0 >= 5);
                """, false);
        assertEquals("first\ntrue\n", r.stdout());
    }

    @Test
    void theChargeIsPaidOnceWhicheverStreamWritesFirst() {
        EventLoop loop = new EventLoop(Clock.virtual(), Tracer.off(), new RaceChoices());
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ProgramOutput output = new ProgramOutput(Tracer.off(), loop, sink, sink, 1 << 20);
        output.chargeFirstWrite();
        output.write(2, "");
        assertEquals(0.0, loop.clock().nowMs(), "an empty write is no write");
        output.write(2, "warning\n");
        assertEquals(ProgramOutput.NODE_FIRST_WRITE_MS, loop.clock().nowMs());
        output.write(1, "first\n");
        output.write(1, "second\n");
        assertEquals(ProgramOutput.NODE_FIRST_WRITE_MS, loop.clock().nowMs());
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
