package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;

/** Node 20's rules for Timeout.hasRef() and for the warnings a process prints (seen in node v20.20.2). */
class TimerRefAndWarningTest {

    @Test
    void aTimeoutHasRefIsOnlyWhatRefAndUnrefSaid() {
        Runs.Result r = Runs.eval("const b = setTimeout(() => {}, 1); clearTimeout(b); console.log('cleared', b.hasRef());"
                + " const c = setTimeout(() => {}, 1); c.unref(); clearTimeout(c); console.log('unref', c.hasRef());"
                + " const a = setTimeout(() => setImmediate(() => console.log('ran', a.hasRef())), 1);"
                + " const e = setInterval(() => { clearInterval(e); console.log('interval', e.hasRef()) }, 1);", false);
        assertEquals("cleared true\nunref false\ninterval true\nran true\n", r.stdout());
    }

    @Test
    void onlyTheFirstWarningGetsTheTraceHint() {
        Runs.Result r = Runs.eval("process.emitWarning('old', 'DeprecationWarning', 'DEP0001');"
                + " process.emitWarning('one'); process.emitWarning('two', 'CustomWarning')", false);
        assertEquals("[DEP0001] DeprecationWarning: old\n"
                + "(Use `node --trace-deprecation ...` to show where the warning was created)\n"
                + "Warning: one\nCustomWarning: two\n", r.stderr());
    }

    @Test
    void aRejectionHandledLateWithNoListenerIsAWarning() {
        Runs.Result r = Runs.eval("process.on('unhandledRejection', () => console.log('unhandled'));"
                + " Promise.reject(1); const p = Promise.reject(2);"
                + " setTimeout(() => p.catch(() => console.log('caught')), 5)", false);
        assertEquals("unhandled\nunhandled\ncaught\n", r.stdout());
        assertEquals("PromiseRejectionHandledWarning: Promise rejection was handled asynchronously (rejection id: 2)\n"
                + "(Use `node --trace-warnings ...` to show where the warning was created)\n", r.stderr());
    }
}
