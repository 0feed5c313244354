package looplab.engine.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import looplab.engine.trace.Tracer;
import org.junit.jupiter.api.Test;

/**
 * The ordering rules of the loop, one test each, on the virtual clock and without JavaScript:
 * callbacks record their names and the tests compare the order with Node's.
 */
class EventLoopTest {
    private final List<String> log = new ArrayList<>();
    private final EventLoop loop = new EventLoop(Clock.virtual(), Tracer.off(), new RaceChoices());

    EventLoopTest() {
        loop.setHost(new LoopHost() {
            @Override
            public void uncaught(Throwable error) {
                log.add("uncaught " + error.getMessage());
            }

            @Override
            public boolean processRejections() {
                return false;
            }

            @Override
            public void beforeExit() {
                log.add("beforeExit");
            }

            @Override
            public void checkInterrupt() {
            }
        });
    }

    private Callback cb(String name, Source source, Runnable body) {
        return new Callback(loop.nextId(), name, null, source, () -> {
            log.add(name);
            body.run();
        });
    }

    private Callback cb(String name, Source source) {
        return cb(name, source, () -> { });
    }

    private void timeout(String name, long ms, Runnable body) {
        loop.addTimer(cb(name, Source.TIMERS, body), ms, false);
    }

    private void immediate(String name, Runnable body) {
        loop.addImmediate(cb(name, Source.CHECK, body));
    }

    private void tick(String name, Runnable body) {
        loop.addTick(cb(name, Source.NEXT_TICK, body));
    }

    private void microtask(String name, Runnable body) {
        loop.addMicrotask(cb(name, Source.MICROTASK, body));
    }

    private void run(Runnable main) {
        loop.run(cb("main", Source.MAIN, main));
    }

    @Test
    void ticksRunBeforeMicrotasksAfterTheMainScript() {
        run(() -> {
            microtask("promise", () -> { });
            tick("tick", () -> { });
        });
        assertEquals(List.of("main", "tick", "promise", "beforeExit"), log);
    }

    @Test
    void ticksQueuedByMicrotasksWaitUntilTheMicrotaskQueueIsEmpty() {
        run(() -> microtask("m1", () -> {
            tick("t-from-m1", () -> { });
            microtask("m2", () -> { });
        }));
        assertEquals(List.of("main", "m1", "m2", "t-from-m1", "beforeExit"), log);
    }

    @Test
    void ticksAndMicrotasksDrainBetweenTwoTimers() {
        run(() -> {
            timeout("t1", 5, () -> {
                microtask("p1", () -> { });
                tick("n1", () -> { });
            });
            timeout("t2", 5, () -> { });
        });
        assertEquals(List.of("main", "t1", "n1", "p1", "t2", "beforeExit"), log);
    }

    @Test
    void equalDeadlinesFireInSchedulingOrder() {
        run(() -> {
            timeout("a", 20, () -> { });
            timeout("b", 20, () -> { });
            timeout("c", 20, () -> { });
        });
        assertEquals(List.of("main", "a", "b", "c", "beforeExit"), log);
    }

    @Test
    void shorterDelayFiresFirst() {
        run(() -> {
            timeout("late", 200, () -> { });
            timeout("early", 100, () -> { });
        });
        assertEquals(List.of("main", "early", "late", "beforeExit"), log);
    }

    @Test
    void immediateQueuedInsideAnImmediateRunsOnTheNextIteration() {
        run(() -> {
            immediate("i1", () -> immediate("i3", () -> { }));
            immediate("i2", () -> { });
        });
        assertEquals(List.of("main", "i1", "i2", "i3", "beforeExit"), log);
    }

    @Test
    void insideATimerAnImmediateBeatsANewZeroTimer() {
        run(() -> timeout("t", 10, () -> {
            timeout("t0", 1, () -> { });
            immediate("imm", () -> { });
        }));
        assertEquals(List.of("main", "t", "imm", "t0", "beforeExit"), log);
    }

    @Test
    void timerSetDuringTheTimersPhaseWaitsForTheNextIteration() {
        run(() -> timeout("outer", 5, () -> {
            timeout("inner", 1, () -> { });
            immediate("imm", () -> { });
        }));
        assertEquals(List.of("main", "outer", "imm", "inner", "beforeExit"), log);
    }

    @Test
    void clearedTimerNeverRuns() {
        run(() -> {
            Timer t = loop.addTimer(cb("never", Source.TIMERS), 10, false);
            timeout("runs", 20, () -> { });
            loop.clearTimer(t, null);
        });
        assertEquals(List.of("main", "runs", "beforeExit"), log);
    }

    @Test
    void intervalRepeatsUntilCleared() {
        Timer[] interval = new Timer[1];
        int[] n = {0};
        run(() -> interval[0] = loop.addTimer(new Callback(loop.nextId(), "tick", null, Source.TIMERS, () -> {
            log.add("tick" + (++n[0]));
            if (n[0] == 3) {
                loop.clearTimer(interval[0], null);
            }
        }), 10, true));
        assertEquals(List.of("main", "tick1", "tick2", "tick3", "beforeExit"), log);
    }

    @Test
    void aTimerListRunsAllItsDueTimersBeforeTheNextList() {
        // Node keeps one list per duration. When a late timers phase finds both the 10 ms list
        // (a, c) and the 5 ms list (b) due, the list that expired first runs all its due
        // timers: a, c, then b -- although b's deadline (11) is before c's (16).
        run(() -> {
            timeout("a", 10, () -> { });
            timeout("setter", 6, () -> {
                timeout("b", 5, () -> { });
                timeout("c", 10, () -> { });
                loop.clock().skip(14); // the callback "takes" 14 ms: the next phase is late
            });
        });
        assertEquals(List.of("main", "setter", "a", "c", "b", "beforeExit"), log);
    }

    @Test
    void uncaughtErrorsAreReportedAndTheLoopGoesOn() {
        run(() -> {
            timeout("boom", 5, () -> {
                throw new IllegalStateException("bad");
            });
            timeout("after", 5, () -> { });
        });
        assertEquals(List.of("main", "boom", "uncaught bad", "after", "beforeExit"), log);
    }

    @Test
    void processExitUnwindsEverything() {
        assertThrows(ProcessExit.class, () -> run(() -> timeout("exit", 5, () -> {
            throw new ProcessExit(3);
        })));
        assertEquals(List.of("main", "exit"), log);
    }

    @Test
    void unrefedTimerDoesNotKeepTheLoopAlive() {
        run(() -> {
            Timer t = loop.addTimer(cb("never", Source.TIMERS), 100, false);
            loop.setTimerRef(t, false);
        });
        assertEquals(List.of("main", "beforeExit"), log);
    }

    @Test
    void virtualClockSkipsIdleWaits() {
        double[] firedAt = new double[1];
        run(() -> loop.addTimer(new Callback(loop.nextId(), "late", null, Source.TIMERS,
                () -> firedAt[0] = loop.now()), 5000, false));
        assertEquals(5000, firedAt[0], 400);
    }

    @Test
    void topLevelOneMsTimerAgainstImmediateIsARaceDecidedByTheChoices() {
        EventLoop immediateFirst = new EventLoop(Clock.virtual(), Tracer.off(), new RaceChoices(List.of(false)));
        List<String> order = new ArrayList<>();
        immediateFirst.setHost(loopHostRecording(order));
        immediateFirst.run(new Callback(immediateFirst.nextId(), "main", null, Source.MAIN, () -> {
            immediateFirst.addTimer(new Callback(immediateFirst.nextId(), "t", null, Source.TIMERS,
                    () -> order.add("timeout")), 1, false);
            immediateFirst.addImmediate(new Callback(immediateFirst.nextId(), "i", null, Source.CHECK,
                    () -> order.add("immediate")));
        }));
        assertEquals(List.of("immediate", "timeout"), order);

        run(() -> {
            timeout("timeout", 1, () -> { });
            immediate("immediate", () -> { });
        });
        assertEquals(List.of("main", "timeout", "immediate", "beforeExit"), log);
    }

    @Test
    void timerSetInACheckCallbackUsuallyLosesToTheNextImmediate() {
        // Node 20: the timers phase comes microseconds after the check callback, so a 1 ms
        // timer set there usually waits one more turn (immediate first, ~4 runs in 5).
        run(() -> immediate("imm1", () -> {
            timeout("timeout", 1, () -> { }); // setTimeout(f, 0) asks for 1 ms
            immediate("imm2", () -> { });
        }));
        assertEquals(List.of("main", "imm1", "imm2", "timeout", "beforeExit"), log);
    }

    @Test
    void timerSetInTheCheckCallbackOfTheFirstWriteIsUsuallyDueOnceMoreCallbacksRan() {
        // Node 20: the first write's cold work lands after the timer; with a nextTick after
        // it (and more), the timer ran first 25 runs in 30; with nothing after, about half.
        run(() -> immediate("imm1", () -> {
            loop.noteFirstWrite();
            timeout("timeout", 1, () -> { });
            immediate("imm2", () -> { });
            tick("tick", () -> { });
        }));
        assertEquals(List.of("main", "imm1", "tick", "timeout", "imm2", "beforeExit"), log);
    }

    @Test
    void theFirstWriteBeforeAnEarlierCallbackDoesNotMakeACheckTimerDue() {
        run(() -> {
            loop.noteFirstWrite();
            immediate("imm1", () -> {
                timeout("timeout", 1, () -> { });
                immediate("imm2", () -> { });
                tick("tick", () -> { });
            });
        });
        assertEquals(List.of("main", "imm1", "tick", "imm2", "timeout", "beforeExit"), log);
    }

    @Test
    void aTimerSetInPollIsDueButOneSetInTheCheckPhaseAfterItWaitsForTheNextTurn() {
        // Node 20: an I/O callback sets a 0 ms timer and an immediate; that immediate sets
        // another timer and immediate. The first timer usually runs before the second
        // immediate; the second timer, set moments before the timers phase, after it.
        run(() -> loop.addPending(cb("io", Source.PENDING, () -> {
            timeout("timeout1", 1, () -> { });
            immediate("imm1", () -> {
                timeout("timeout2", 1, () -> { });
                immediate("imm2", () -> { });
            });
        })));
        assertEquals(List.of("main", "io", "imm1", "timeout1", "imm2", "timeout2", "beforeExit"), log);
    }

    @Test
    void timerSetInACheckCallbackIsStillARaceTheChoicesCanFlip() {
        EventLoop timerFirst = new EventLoop(Clock.virtual(), Tracer.off(), new RaceChoices(List.of(true)));
        List<String> order = new ArrayList<>();
        timerFirst.setHost(loopHostRecording(order));
        timerFirst.run(new Callback(timerFirst.nextId(), "main", null, Source.MAIN, () ->
                timerFirst.addImmediate(new Callback(timerFirst.nextId(), "i1", null, Source.CHECK, () -> {
                    timerFirst.addTimer(new Callback(timerFirst.nextId(), "t", null, Source.TIMERS,
                            () -> order.add("timeout")), 1, false);
                    timerFirst.addImmediate(new Callback(timerFirst.nextId(), "i2", null, Source.CHECK,
                            () -> order.add("immediate")));
                }))));
        assertEquals(List.of("timeout", "immediate"), order);
    }

    @Test
    void timerSetInACheckCallbackThatWatchedAMillisecondPassIsDueWithoutARace() {
        RaceChoices choices = new RaceChoices();
        EventLoop busy = new EventLoop(Clock.virtual(), Tracer.off(), choices);
        List<String> order = new ArrayList<>();
        busy.setHost(loopHostRecording(order));
        busy.run(new Callback(busy.nextId(), "main", null, Source.MAIN, () ->
                busy.addImmediate(new Callback(busy.nextId(), "i1", null, Source.CHECK, () -> {
                    busy.addTimer(new Callback(busy.nextId(), "t", null, Source.TIMERS,
                            () -> order.add("timeout")), 1, false);
                    busy.addImmediate(new Callback(busy.nextId(), "i2", null, Source.CHECK,
                            () -> order.add("immediate")));
                    // A busy wait on Date.now(): the program itself sees 2 ms pass.
                    double start = busy.clock().observe();
                    while (busy.clock().observe() - start < 2) {
                        Thread.onSpinWait();
                    }
                }))));
        assertEquals(List.of("timeout", "immediate"), order);
        assertEquals(List.of(), choices.taken());
    }

    /**
     * setTimeout(A, 0); setTimeout(B, 0) as a program's first timers, A queueing an immediate:
     * what {@code warmFirst} (a timer set and cleared before them), {@code busyBetween} (the
     * program watched 2 ms pass between the two calls) and the race choices make of it.
     */
    private static List<String> firstTimersWithAnImmediateBetween(RaceChoices choices, boolean warmFirst,
            boolean busyBetween) {
        EventLoop l = new EventLoop(Clock.virtual(), Tracer.off(), choices);
        List<String> order = new ArrayList<>();
        l.setHost(loopHostRecording(order));
        l.run(new Callback(l.nextId(), "main", null, Source.MAIN, () -> {
            if (warmFirst) {
                l.clearTimer(l.addTimer(new Callback(l.nextId(), "w", null, Source.TIMERS, () -> { }), 1, false), null);
            }
            l.addTimer(new Callback(l.nextId(), "a", null, Source.TIMERS, () -> {
                order.add("A");
                l.addImmediate(new Callback(l.nextId(), "i", null, Source.CHECK, () -> order.add("I")));
            }), 1, false);
            if (busyBetween) {
                double start = l.clock().observe();
                while (l.clock().observe() - start < 2) {
                    Thread.onSpinWait();
                }
            }
            l.addTimer(new Callback(l.nextId(), "b", null, Source.TIMERS, () -> order.add("B")), 1, false);
            l.addTimer(new Callback(l.nextId(), "c", null, Source.TIMERS, () -> order.add("C")), 1, false);
        }));
        return order;
    }

    @Test
    void timersSetRightAfterTheProgramsFirstOneMayStartAMillisecondLaterInNode() {
        // Node 20: A B C I about four runs in five, A I B C otherwise (the first setTimeout is cold).
        RaceChoices usual = new RaceChoices();
        assertEquals(List.of("A", "B", "C", "I"), firstTimersWithAnImmediateBetween(usual, false, false));
        assertEquals(List.of(true), usual.taken());
        assertEquals(List.of("A", "I", "B", "C"),
                firstTimersWithAnImmediateBetween(new RaceChoices(List.of(false)), false, false));
    }

    @Test
    void timersSetAfterAWarmFirstTimerOrAfterTheClockMovedDoNotRace() {
        RaceChoices warm = new RaceChoices();
        assertEquals(List.of("A", "B", "C", "I"), firstTimersWithAnImmediateBetween(warm, true, false));
        assertEquals(List.of(), warm.taken());
        // B and C started 2 ms after A, as the main script ended: the timers phase that runs A is
        // one millisecond early for them, and only that one race remains (whether Node's clock
        // has moved on by then).
        RaceChoices busy = new RaceChoices();
        assertEquals(List.of("A", "I", "B", "C"), firstTimersWithAnImmediateBetween(busy, false, true));
        assertEquals(List.of(false), busy.taken());
    }

    @Test
    void theFirstTimersStartingApartChangesNothingWithoutImmediatesBetween() {
        run(() -> {
            timeout("A", 1, () -> tick("tick", () -> { }));
            timeout("B", 1, () -> { });
        });
        assertEquals(List.of("main", "A", "tick", "B", "beforeExit"), log);
    }

    /** setTimeout(A, a); setTimeout(B, b), A queueing an immediate, on a loop with {@code choices}. */
    private static List<String> twoTimersApart(RaceChoices choices, long a, long b) {
        EventLoop l = new EventLoop(Clock.virtual(), Tracer.off(), choices);
        List<String> order = new ArrayList<>();
        l.setHost(loopHostRecording(order));
        l.run(new Callback(l.nextId(), "main", null, Source.MAIN, () -> {
            l.addTimer(new Callback(l.nextId(), "a", null, Source.TIMERS, () -> {
                order.add("A");
                l.addImmediate(new Callback(l.nextId(), "i", null, Source.CHECK, () -> order.add("I")));
            }), a, false);
            l.addTimer(new Callback(l.nextId(), "b", null, Source.TIMERS, () -> order.add("B")), b, false);
        }));
        return order;
    }

    @Test
    void aTimerDueOneMillisecondAfterThePhaseMayAlreadyBeDueInNode() {
        // Node 20, timers at 5 and 6 ms: A I B 22 runs in 40, A B I 18 (likewise 1 and 2 ms).
        RaceChoices usual = new RaceChoices();
        assertEquals(List.of("A", "I", "B"), twoTimersApart(usual, 5, 6));
        assertEquals(List.of(false), usual.taken());
        assertEquals(List.of("A", "B", "I"), twoTimersApart(new RaceChoices(List.of(true)), 5, 6));
        // Two milliseconds apart, Node's clock never reads both due at once: no race.
        RaceChoices apart = new RaceChoices();
        assertEquals(List.of("A", "I", "B"), twoTimersApart(apart, 5, 7));
        assertEquals(List.of(), apart.taken());
    }

    @Test
    void aTimerDueOneMillisecondLaterRacesNothingWhenNothingWaitsInBetween() {
        RaceChoices choices = new RaceChoices();
        EventLoop l = new EventLoop(Clock.virtual(), Tracer.off(), choices);
        List<String> order = new ArrayList<>();
        l.setHost(loopHostRecording(order));
        l.run(new Callback(l.nextId(), "main", null, Source.MAIN, () -> {
            l.addTimer(new Callback(l.nextId(), "a", null, Source.TIMERS, () -> order.add("A")), 5, false);
            l.addTimer(new Callback(l.nextId(), "b", null, Source.TIMERS, () -> order.add("B")), 6, false);
        }));
        assertEquals(List.of("A", "B"), order);
        assertEquals(List.of(), choices.taken());
    }

    /**
     * An I/O callback sets a 0 ms timer and starts a file-system request whose completion,
     * posted at once here, calls the program back ({@code reachesUser}) or only starts a
     * further trip of a compound call (readFile's open); with {@code coldPool} the request is
     * the one that starts the thread pool.
     */
    private static List<String> timerThenRequestInAnIoCallback(RaceChoices choices, boolean reachesUser,
            boolean coldPool) {
        EventLoop l = new EventLoop(Clock.virtual(), Tracer.off(), choices);
        List<String> order = new ArrayList<>();
        l.setHost(loopHostRecording(order));
        l.run(new Callback(l.nextId(), "main", null, Source.MAIN, () -> {
            l.completions().begin(true);
            l.completions().post(new Callback(l.nextId(), "io", null, Source.POLL, () -> {
                l.addTimer(new Callback(l.nextId(), "t", null, Source.TIMERS, () -> order.add("timeout")), 1, false);
                if (coldPool) {
                    l.poolStarting();
                }
                l.completions().begin(true);
                l.completions().post(new Callback(l.nextId(), "stat", null, Source.POLL,
                        () -> order.add(reachesUser ? "stat" : "open")), true, reachesUser);
            }), true, true);
        }));
        return order;
    }

    @Test
    void aZeroTimerSetInAnIoCallbackRacesAStatStartedWithIt() {
        // Node 20, in a readFile callback: setTimeout(f, 0) then fs.stat, the stat first 13 runs
        // in 20, the timer 7.
        RaceChoices usual = new RaceChoices();
        assertEquals(List.of("stat", "timeout"), timerThenRequestInAnIoCallback(usual, true, false));
        assertEquals(List.of(false), usual.taken());
        assertEquals(List.of("timeout", "stat"),
                timerThenRequestInAnIoCallback(new RaceChoices(List.of(true)), true, false));
    }

    @Test
    void aCompletionThatOnlyStartsTheNextTripRacesNoTimer() {
        RaceChoices choices = new RaceChoices();
        assertEquals(List.of("open", "timeout"), timerThenRequestInAnIoCallback(choices, false, false));
        assertEquals(List.of(), choices.taken());
    }

    @Test
    void theRequestThatStartsThePoolLetsAMillisecondPass() {
        // Node 20: setTimeout(f, 0) then the process's first fs.stat, the timer first 20 runs in 20.
        RaceChoices choices = new RaceChoices();
        assertEquals(List.of("timeout", "stat"), timerThenRequestInAnIoCallback(choices, true, true));
        assertEquals(List.of(), choices.taken());
    }

    private static LoopHost loopHostRecording(List<String> order) {
        return new LoopHost() {
            @Override
            public void uncaught(Throwable error) {
                order.add("uncaught");
            }

            @Override
            public boolean processRejections() {
                return false;
            }

            @Override
            public void beforeExit() {
            }

            @Override
            public void checkInterrupt() {
            }
        };
    }
}
