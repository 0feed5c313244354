package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import looplab.engine.testing.Runs;
import org.junit.jupiter.api.Test;

/** Where the report's caret points; the columns are node 20's for the same lines. */
class FatalReportCaretTest {

    @Test
    void aThrownExceptionPointsAtTheThrow() {
        assertEquals(0, FatalReport.caretColumn("throw new RangeError('range!')", false));
        assertEquals(2, FatalReport.caretColumn("  throw e;", false));
    }

    @Test
    void aRejectionPointsWhereItsErrorWasBuilt() {
        assertEquals(15, FatalReport.caretColumn("Promise.reject(new Error('rej'))", true));
        assertEquals(26, FatalReport.caretColumn("new Promise(() => { throw new SyntaxError('in executor') })", true));
        assertEquals(27, FatalReport.caretColumn("async function f() { throw new Error('async') }; f()", true));
        // Two errors built on the line: V8 knows which, looplab does not, and falls back.
        assertEquals(2, FatalReport.caretColumn("  Promise.reject(new Error('a')); Promise.reject(new Error('b'));", true));
    }

    @Test
    void theWholeReportOfAnUnhandledRejection() {
        Runs.Result r = Runs.eval("Promise.reject(new Error('rej'))", false);
        assertEquals(1, r.exitCode());
        assertEquals("[eval]:1\nPromise.reject(new Error('rej'))\n               ^\n\nError: rej\n",
                r.stderr().substring(0, r.stderr().indexOf("Error: rej\n") + "Error: rej\n".length()));
    }
}
