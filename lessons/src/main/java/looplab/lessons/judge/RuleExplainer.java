package looplab.lessons.judge;

import java.util.List;
import looplab.lessons.run.OutputLine;

/**
 * Says which rule of the loop put one line before another. It reads only the trace's labels of
 * the two lines (source, phase, iteration, where each callback was queued), so it explains any
 * program, not just the lessons'.
 */
public final class RuleExplainer {
    private static final List<String> PHASES = List.of("main", "timers", "pending", "idle", "prepare", "poll",
            "check", "close", "exit");
    private static final List<String> LOOP_SOURCES = List.of("timers", "pending", "poll", "check", "close");

    private RuleExplainer() {
    }

    /**
     * Why {@code first} was printed before {@code later}.
     *
     * @param first the line that really came at the place of the first mistake
     * @param later the line the learner put there, as the run printed it, or {@code null} when
     *              the program never printed it
     * @param laterText the line the learner put there
     */
    public static Rule explain(OutputLine first, OutputLine later, String laterText) {
        if (later == null) {
            if (first == null) {
                return new Rule("extra-line", "The program prints nothing more; `" + laterText + "` is not part of its output.");
            }
            return new Rule("never-printed", "The program never prints `" + laterText + "`. Check the spelling, "
                    + "and whether that code runs at all.");
        }
        if (first == null) {
            return new Rule("extra-line", "The program prints fewer lines than that; `" + laterText + "` is printed once.");
        }
        String a = first.source();
        String b = later.source();
        if (a.equals("main") && first.phase().equals("main") && !b.equals("main")) {
            // Whatever phase the later line ran in, nextTicks and promise jobs drained right after the script included.
            return new Rule("sync-first", "Synchronous code runs first: the main script runs to its end before any "
                    + "callback (nextTick, promise job, timer, I/O, immediate) gets a turn.");
        }
        if (a.equals("main") && b.equals("main") && first.phase().equals("main") && later.phase().equals("main")) {
            return new Rule("top-to-bottom", "The main script runs from top to bottom, one statement at a time: a "
                    + "function's body runs when the function is called, and the caller goes on only after it returns.");
        }
        if (first.phase().equals("exit") || later.phase().equals("exit")) {
            return new Rule("exit-last", "'beforeExit' and 'exit' listeners run only when the loop has nothing left "
                    + "to do, after every timer, immediate and I/O callback.");
        }
        boolean sameTurn = first.loop() == later.loop() && first.phase().equals(later.phase());
        if (a.equals("nextTick") && b.equals("microtask") && sameTurn) {
            return new Rule("nexttick-before-promises", "The nextTick queue is emptied before the promise "
                    + "(microtask) queue: after the script and after every callback, Node runs all "
                    + "process.nextTick callbacks first, then the promise jobs.");
        }
        if (a.equals("microtask") && b.equals("nextTick") && sameTurn) {
            return new Rule("microtasks-drain-fully", "Once Node has started on the microtask queue it empties it "
                    + "completely; a process.nextTick queued from a promise job waits until the microtask queue is empty.");
        }
        if (isMicro(a) && LOOP_SOURCES.contains(b)) {
            return new Rule("microtasks-after-each-callback", "nextTicks and promise jobs run right after the code "
                    + "that queued them finishes, before the loop moves on to its next callback: both queues are "
                    + "drained after the script and after every single callback.");
        }
        if (a.equals(b) && isMicro(a) && sameTurn) {
            if (a.equals("nextTick")) {
                return new Rule("fifo", "process.nextTick callbacks run in the order they were queued.");
            }
            return new Rule("microtask-order", "Promise jobs run in the order they were queued, and a `then` "
                    + "callback (or the code after an `await`) is queued only when its promise settles: each step "
                    + "of a chain waits behind the jobs queued before it.");
        }
        if (a.equals("timers") && b.equals("timers")) {
            if (first.loop() == later.loop()) {
                return new Rule("timer-order", "Timers run in order of the time they are due (set time + delay); "
                        + "timers due at the same time run in the order they were set.");
            }
            return new Rule("timer-order", "`" + later.text() + "` came from a timer that was not due yet in "
                    + "iteration " + first.loop() + "; timers run in the first timers phase after their due time.");
        }
        if (a.equals("check") && b.equals("timers") && first.queuedIn().equals("poll")) {
            return new Rule("check-before-timers-in-io", "Inside an I/O callback (the poll phase) the check phase "
                    + "comes next: setImmediate runs in the same iteration, while a timer has to wait for the next "
                    + "iteration's timers phase.");
        }
        if (a.equals("timers") && b.equals("check") && first.loop() == later.loop()) {
            return new Rule("timers-before-check", "Each iteration starts with the timers phase: a timer that is "
                    + "already due runs before the check phase (setImmediate) of the same iteration.");
        }
        if (a.equals("poll") && b.equals("poll")) {
            return new Rule("io-completion-order", "I/O callbacks run in the poll phase in the order their work "
                    + "finished on the thread pool, not in the order they were started; bigger work finishes later.");
        }
        if (a.equals(b) && first.loop() == later.loop()) {
            return new Rule("fifo", "Callbacks in one queue run in the order they were queued (first in, first out).");
        }
        if (first.loop() < later.loop()) {
            return new Rule("later-iteration", "`" + first.text() + "` ran in iteration " + first.loop() + " ("
                    + first.phase() + " phase, t=" + ms(first.t()) + "), `" + later.text() + "` only in iteration "
                    + later.loop() + " (" + later.phase() + " phase, t=" + ms(later.t()) + "). Each iteration goes "
                    + "timers → pending → poll → check → close.");
        }
        if (PHASES.indexOf(first.phase()) < PHASES.indexOf(later.phase())) {
            return new Rule("phase-order", "Within one iteration the phases run in order timers → pending → "
                    + "poll → check → close: `" + first.text() + "` ran in the " + first.phase() + " phase, `"
                    + later.text() + "` in the " + later.phase() + " phase.");
        }
        return new Rule("queue-order", "`" + first.text() + "` (" + first.source() + ", " + first.phase()
                + " phase, iteration " + first.loop() + ") was simply queued before `" + later.text() + "` ("
                + later.source() + ", " + later.phase() + " phase, iteration " + later.loop() + ").");
    }

    private static boolean isMicro(String source) {
        return source.equals("nextTick") || source.equals("microtask");
    }

    private static String ms(double t) {
        return t == Math.rint(t) ? (long) t + " ms" : String.format(java.util.Locale.ROOT, "%.1f ms", t);
    }
}
