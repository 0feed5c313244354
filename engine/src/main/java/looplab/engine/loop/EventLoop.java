package looplab.engine.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import looplab.engine.trace.Tracer;

/**
 * looplab's {@code uv_run}: one thread, one visible order.
 *
 * <p>How an iteration goes, and why in this order (libuv's design.rst, Node's timers.js):
 * <ol>
 *   <li><b>timers</b>: "now" is read once; every timer due by then runs, list by list
 *       ({@link TimerHeap}). A timer that falls due while another one runs waits for the next
 *       iteration.</li>
 *   <li><b>pending</b>: I/O callbacks deferred from the previous iteration.</li>
 *   <li><b>idle</b>, <b>prepare</b>: internal; no user API reaches them.</li>
 *   <li><b>poll</b>: wait for I/O completions (thread-pool work) for as long as
 *       {@link #pollTimeout()} allows, then run every completion that is in.</li>
 *   <li><b>check</b>: the immediates queued before this phase began.</li>
 *   <li><b>close</b>: close callbacks.</li>
 *   <li>go round again while {@link #isAlive()}.</li>
 * </ol>
 * Node 20 ships libuv 1.46, which runs its timers step at the end of each iteration plus once
 * before the first; numbering iterations "timers first", as here, is observably the same and
 * is how the trace's {@code loop} field counts: 0 is the main script, 1 the first timers phase.
 *
 * <p>After the main script and after <em>every</em> callback, the nextTick queue and then the
 * microtask queue are drained, repeatedly, until both are empty (Node &ge; 11). That happens
 * in {@link #invoke} and nowhere else.
 *
 * <p>Everything here is loop-thread only except {@link CompletionQueue}.
 */
public final class EventLoop {
    private final Clock clock;
    private final Tracer tracer;
    private final RaceChoices races;
    private LoopHost host;

    private final TimerHeap timers = new TimerHeap();
    private final HandleQueue idle = new HandleQueue();
    private final HandleQueue prepare = new HandleQueue();
    private final HandleQueue check = new HandleQueue();
    private final TaskQueue ticks = new TaskQueue();
    private final TaskQueue microtasks = new TaskQueue();
    private final TaskQueue pending = new TaskQueue();
    private final TaskQueue closing = new TaskQueue();
    private final CompletionQueue completions = new CompletionQueue();

    private Phase phase = Phase.MAIN;
    private Source source = Source.MAIN;
    private Callback current;
    /** This timers phase runs because a timer won a race against immediates ({@link #settleTimerRace}). */
    private boolean timerRaceWon;
    /** This timers phase settled a race against immediates, whichever way. */
    private boolean timerRaced;
    /** The first timer the program set ({@link #startsLateInNode}). */
    private Timer firstTimer;
    private int iteration;
    /** Callbacks run so far, the main script, ticks and microtasks included. */
    private long callbacksRun;
    /** The value of {@link #callbacksRun} during the program's first write, or -1 (none yet, or a warm console). */
    private long firstWriteIn = -1;
    private long nextId = 1;
    private int keepAlive;
    private boolean stopped;

    public EventLoop(Clock clock, Tracer tracer, RaceChoices races) {
        this.clock = clock;
        this.tracer = tracer;
        this.races = races;
    }

    public void setHost(LoopHost host) {
        this.host = host;
    }

    // ---------------------------------------------------------------- the order

    /**
     * Runs the main script, then the loop until nothing keeps it alive, emitting
     * {@code 'beforeExit'} each time it empties (listeners may give it more work).
     * {@link ProcessExit} and {@link Interrupted} propagate to the caller.
     */
    public void run(Callback mainScript) {
        runMain(mainScript);
        resume();
    }

    /**
     * Runs the loop from the next iteration on, until nothing keeps it alive. The REPL calls it
     * again after Ctrl-C has unwound a callback: the queues keep what was pending.
     */
    public void resume() {
        do {
            while (isAlive() && !stopped) {
                iteration++;
                runTimers();
                runPending();
                runIdle();
                runPrepare();
                poll(pollTimeout());
                runCheck();
                runClosing();
            }
            if (stopped) {
                return;
            }
            runAtExit(host::beforeExit);
        } while (isAlive() && !stopped);
    }

    /**
     * What keeps the loop running (libuv's {@code uv__loop_alive}): ref'ed timers and
     * immediates, requests in flight or completed, pending and closing callbacks, and any
     * keep-alive the embedder holds (the REPL).
     */
    public boolean isAlive() {
        return timers.hasRef() || check.hasRef() || idle.hasRef() || prepare.hasRef()
                || completions.inFlight() > 0 || completions.hasReady()
                || !pending.isEmpty() || !closing.isEmpty() || keepAlive > 0;
    }

    /**
     * How long poll may block (libuv's {@code uv__backend_timeout} + {@code uv__next_timeout}):
     * 0 when something is ready to run without waiting, the distance to the nearest timer, or
     * -1 for "until something arrives".
     */
    double pollTimeout() {
        // Nothing left that could wake us: do not block (libuv checks active handles first).
        if (stopped || !isAlive() || check.hasRef() || idle.hasRef() || !pending.isEmpty()
                || !closing.isEmpty()) {
            return 0;
        }
        if (timers.isEmpty()) {
            return -1;
        }
        return Math.max(0, timers.nextExpiry() - clock.nowMs());
    }

    // ---------------------------------------------------------------- phases

    private void runMain(Callback mainScript) {
        clock.restart();
        enter(Phase.MAIN);
        traceSchedule(mainScript, null);
        invoke(mainScript, null);
    }

    private void runTimers() {
        enter(Phase.TIMERS);
        // The phase works against the time read on entry (Node's processTimers(now)).
        timerRaced = false;
        timerRaceWon = false;
        long now = settleTimerRace(loopNow());
        boolean entered = false;
        Timer t;
        while ((t = timers.peekDue(now)) != null) {
            if (startsLateInNode(t, now)) {
                continue; // a millisecond later: not due in this phase after all
            }
            entered = runTimer(t, entered);
        }
        for (Timer late : dueInNodeAMillisecondLater(now)) { // none, unless a race says so
            if (late.active) {
                entered = runTimer(late, entered);
            }
        }
    }

    private boolean runTimer(Timer t, boolean entered) {
        timers.remove(t);
        t.firedInIteration = iteration;
        boolean announced = announce(entered);
        // An interval is re-armed from the time read before its callback (Node's listOnTimeout).
        long restart = t.repeatMsecs > 0 ? loopNow() : 0;
        invoke(t.callback, t.msecs);
        if (t.repeatMsecs > 0 && !t.cleared && !t.active) {
            insertTimer(t, restart);
        }
        return announced;
    }

    private void runPending() {
        enter(Phase.PENDING);
        runAll(pending.takeAll());
    }

    private void runIdle() {
        enter(Phase.IDLE);
        runHandles(idle);
    }

    private void runPrepare() {
        enter(Phase.PREPARE);
        runHandles(prepare);
    }

    private void poll(double timeoutMs) {
        enter(Phase.POLL);
        ArrayDeque<Callback> done = awaitCompletions(timeoutMs);
        runAll(done);
    }

    private void runCheck() {
        enter(Phase.CHECK);
        runHandles(check);
    }

    private void runClosing() {
        enter(Phase.CLOSE);
        runAll(closing.takeAll());
    }

    private void runAtExit(Runnable emit) {
        if (phase != Phase.EXIT) {
            enterExitPhase();
        }
        // Listeners run as main code even right after the ticks or promise jobs of an earlier
        // 'beforeExit' (Node runs them outside any callback).
        source = Source.MAIN;
        emit.run();
        drainTicksAndMicrotasks();
    }

    /** Runs the {@code 'exit'} listeners' emitter in the exit phase, with ticks drained after. */
    public void runExitHandlers(Runnable emit) {
        runAtExit(emit);
    }

    /** {@code process.exit()} from inside a callback: what runs now runs in the exit phase. */
    public void enterExitPhase() {
        phase = Phase.EXIT;
        source = Source.MAIN;
        if (tracer.isOn()) {
            tracer.phase(iteration, Phase.EXIT.label(), now());
        }
    }

    /**
     * Runs one callback in the middle of a drain, without a drain of its own: the
     * {@code 'unhandledRejection'} listeners, which Node calls from inside
     * {@code processTicksAndRejections}. Whatever they queue is drained by the caller's loop.
     */
    public void runInline(Callback cb) {
        traceSchedule(cb, null);
        runOne(cb, null);
    }

    /**
     * What the running callback prints from here on counts as main's: Node runs the rest with
     * no async context (executionAsyncId 0), which its trace of the line calls main.
     */
    public void printAsMain() {
        source = Source.MAIN;
    }

    // ---------------------------------------------------------------- running callbacks

    /**
     * The only place user callbacks run: trace it, run it, report what it threw, then drain
     * ticks and microtasks (Node's {@code processTicksAndRejections}).
     */
    private void invoke(Callback cb, Long delay) {
        runOne(cb, delay);
        drainTicksAndMicrotasks();
    }

    private void drainTicksAndMicrotasks() {
        if (ticks.isEmpty() && microtasks.isEmpty() && !host.processRejections()) {
            return; // the common case: the callback queued no job
        }
        do {
            Callback tick;
            while ((tick = ticks.poll()) != null) {
                runOne(tick, null);
            }
            // Ticks queued by a microtask wait until the microtask queue is empty.
            Callback job;
            while ((job = microtasks.poll()) != null) {
                runOne(job, null);
            }
        } while (!ticks.isEmpty() || !microtasks.isEmpty() || host.processRejections());
    }

    private void runOne(Callback cb, Long delay) {
        host.checkInterrupt();
        callbacksRun++;
        clock.beginCallback();
        source = cb.source;
        current = cb;
        if (tracer.isOn()) {
            Callback.PoolStats pool = cb.pool;
            tracer.callback(cb.id, cb.api, cb.at, cb.source.label(), phase.label(), iteration, now(),
                    delay, pool == null ? null : pool.worker(),
                    pool == null ? null : pool.queuedMs(), pool == null ? null : pool.ranMs());
        }
        try {
            cb.body.run();
        } catch (Unwind control) {
            throw control;
        } catch (Throwable error) {
            if (cb.source == Source.MICROTASK && "queueMicrotask".equals(cb.api) && phase == Phase.MAIN) {
                // Node reports a queueMicrotask callback's throw with no async context: what
                // the 'uncaughtException' listeners print is main's, not the microtask's. (In a
                // later phase too, but there the trace's vocabulary has no main: a microtask.)
                printAsMain();
            }
            host.uncaught(error);
        }
    }

    private void runAll(ArrayDeque<Callback> snapshot) {
        boolean entered = false;
        for (Callback cb : snapshot) {
            entered = announce(entered);
            invoke(cb, null);
        }
    }

    private void runHandles(HandleQueue queue) {
        // Drain a snapshot: handles queued while this phase runs wait for the next iteration.
        HandleQueue.Batch snapshot = queue.takeSnapshot();
        boolean entered = false;
        HandleQueue.Handle h;
        while ((h = snapshot.next()) != null) {
            if (h.cancelled) {
                continue;
            }
            entered = announce(entered);
            queue.markRun(h);
            invoke(h.callback, null);
        }
    }

    private ArrayDeque<Callback> awaitCompletions(double timeoutMs) {
        try {
            if (!settleIoRace()) {
                return new ArrayDeque<>();
            }
            if (completions.hasReady()) {
                return completions.await(0);
            }
            boolean mustReallyWait = clock.isReal() || completions.inFlight() > 0 || timeoutMs < 0;
            if (mustReallyWait) {
                long before = System.nanoTime();
                ArrayDeque<Callback> done = completions.await(timeoutMs);
                clock.waited((System.nanoTime() - before) / 1e6);
                host.checkInterrupt();
                return done;
            }
            clock.skip(timeoutMs);
            return completions.await(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            host.checkInterrupt();
            return new ArrayDeque<>();
        }
    }

    // ---------------------------------------------------------------- races

    /**
     * A timer of 1 ms set in the main script (or in a check or close callback) against an
     * immediate queued alongside it: in Node the timer runs first only if a millisecond has
     * passed by the time the loop reaches its timers phase, which no program can know. Instead
     * of letting the host's speed decide, the choice is made explicitly by {@link RaceChoices}
     * and reported as a {@code race}. Returns the "now" the timers phase should use.
     *
     * <p>Unforced, the choice is the one Node makes most often. After the main script, Node
     * still finishes its own start-up, and after an I/O callback the check phase still runs, so
     * a millisecond often has passed: the timer, about as often as not. A timer set in a check
     * or close callback or in {@code 'beforeExit'} meets the timers phase within microseconds,
     * so Node runs the immediate first four times in five (measured on node 20) — unless the
     * program itself watched a millisecond go by, or Node's first write left it work enough for
     * one to pass ({@link #coldAfterFirstWrite}). With no immediate queued, file-system work in
     * flight can be what comes first instead ({@link #settleTimerIoRace}).
     */
    private long settleTimerRace(long now) {
        boolean immediates = check.hasLive();
        if (!immediates && !completions.hasQuickWork()) {
            return now;
        }
        List<Timer> racingTimers = new ArrayList<>();
        int lastLikelyDue = -1;
        for (Timer t : timers.snapshot()) {
            // Set in the previous iteration after its timers phase: whether 1 ms has passed
            // since is a matter of real time. (From poll, the same iteration's check phase
            // comes first without a race; the race is against immediates queued after it.)
            boolean setJustBefore = t.insertedInIteration == iteration - 1
                    && (t.insertedInPhase == Phase.MAIN || t.insertedInPhase == Phase.CHECK
                        || t.insertedInPhase == Phase.CLOSE || t.insertedInPhase == Phase.EXIT
                        || t.insertedInPhase == Phase.POLL || t.insertedInPhase == Phase.PENDING);
            if (t.msecs <= 1 && setJustBefore) {
                racingTimers.add(t); // all in the 1 ms list: in the order they were set
                boolean likelyDue = t.insertedInPhase == Phase.MAIN || t.insertedInPhase == Phase.POLL
                        || t.insertedInPhase == Phase.PENDING || coldAfterFirstWrite(t) || now >= t.dueMs();
                if (likelyDue) {
                    lastLikelyDue = racingTimers.size() - 1;
                }
            }
        }
        // The program watched the millisecond go by (a busy wait on Date.now()): no race.
        if (racingTimers.isEmpty() || now >= racingTimers.get(racingTimers.size() - 1).dueMs()) {
            return now;
        }
        if (!immediates) {
            return settleTimerIoRace(now, racingTimers);
        }
        List<Long> racing = new ArrayList<>();
        for (Timer t : racingTimers) {
            racing.add(t.callback.id);
        }
        boolean timerFirst = raceImmediates(racing, lastLikelyDue >= 0, "a timer of 1 ms or less set "
                + "before the loop turned races setImmediate; whether 1 ms has passed when the "
                + "timers phase starts decides.", "the timer first", "the immediate first");
        timerRaced = true;
        if (!timerFirst) {
            return Math.min(now, racingTimers.get(0).dueMs() - 1);
        }
        timerRaceWon = true;
        // Node's clock turned after the last timer likely due was set, and most likely before
        // the ones set after it (moments before the timers phase, in a check or close callback):
        // those start a millisecond later and wait for the next turn, after the immediates
        // queued with them. (Forced the unusual way, every racing timer is due.)
        int dueCount = lastLikelyDue < 0 ? racingTimers.size() : lastLikelyDue + 1;
        for (Timer late : racingTimers.subList(dueCount, racingTimers.size())) {
            late.startMs += 1; // still in the order they were set: they come last in the list
        }
        long dueBy = racingTimers.get(dueCount - 1).dueMs();
        clock.skip(dueBy - clock.nowMs());
        return Math.max(now, dueBy);
    }

    /**
     * The same timers with no immediate queued, but file-system work in flight that will call
     * the program back: when the timers phase finds them not due yet, the poll phase that
     * follows delivers that work first; when a millisecond has passed, the timer runs first.
     * Node 20, a 0 ms timer and an {@code fs.stat} started in the same I/O callback, in either
     * order, or in the main script after the pool started: the stat first 13 to 16 runs in 20,
     * the timer the rest (and the timer most runs under load). It is a race only if the next
     * completion reaches the program: {@code readFile}'s open, fstat and read only start its
     * next trip, so a timer set alongside runs before its callback every time. Unforced, the
     * I/O callback first: the timers phase works against {@code now}.
     */
    private long settleTimerIoRace(long now, List<Timer> racingTimers) {
        List<Long> completing = completionsReachingUser();
        if (completing.isEmpty()) {
            return now;
        }
        List<Long> racing = new ArrayList<>();
        for (Timer t : racingTimers) {
            racing.add(t.callback.id);
        }
        racing.addAll(completing);
        boolean timerFirst = race(racing, false, "a timer of 1 ms or less set before the loop "
                + "turned races file-system work in flight; whether 1 ms has passed when the timers "
                + "phase starts decides.", "the timer first", "the I/O callback first");
        timerRaced = true;
        if (!timerFirst) {
            return now;
        }
        timerRaceWon = true;
        long dueBy = racingTimers.get(racingTimers.size() - 1).dueMs();
        clock.skip(dueBy - clock.nowMs());
        return dueBy;
    }

    /**
     * The file-system requests whose completions, once in, will run the program's code (their
     * ids), after waiting for those in flight as the poll phase would; none if the next
     * completions only start further trips.
     */
    private List<Long> completionsReachingUser() {
        try {
            if (!completions.awaitQuick(QUICK_WAIT_CAP_MS)) {
                return List.of();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            host.checkInterrupt();
            return List.of();
        }
        return completions.readyIds();
    }

    /**
     * Whether {@code t} was set in the callback that made the program's first write, and more
     * callbacks ran after it before this timers phase. Node's first write sets its stream up and
     * leaves cold work behind it (the stream's after-write tick, code run for the first time),
     * which looplab's clock, counting only what the program observes, does not see. A timer of
     * 1 ms set in a check callback with an immediate queued alongside (Node 20, 30 runs each):
     * the first write just before it, the timer first 15 times; that and a nextTick that wrote,
     * 25 times; that, a nextTick, a promise job and another immediate writing, 7 runs in 7. Lines
     * written later, once the console is warm, hardly count: one to three more, after the timer
     * or in other callbacks, gave the timer first 9 to 17 times.
     */
    private boolean coldAfterFirstWrite(Timer t) {
        return firstWriteIn == t.callbacksBefore && callbacksRun > t.callbacksBefore;
    }

    /**
     * The program's first timer and the next ones set right after it with the same delay share
     * a millisecond here, but not always in Node: the first {@code setTimeout} of a process runs
     * cold (its list, its queue, the native timer, all set up for the first time, about a quarter
     * of a millisecond), so the clock can turn before the second timer reads it. Node 20 started
     * the second a millisecond later about one run in five (measured: 8 of 40, and 11 of 40 with
     * 5 ms delays; with a timer set and cleared beforehand, 0 of 40). Then, when the first one
     * runs, the second is not due yet: it waits for the next loop turn, after the immediates
     * queued meanwhile. That is a race only when something would come between, and only when
     * one more millisecond would leave the second timer not due. Unforced, the choice is Node's
     * usual one: together — except in a timers phase that won the race against the immediates
     * ({@link #settleTimerRace}), which Node reaches in the very millisecond the first timer
     * became due: the clock turned between the first timer and the loop, most often between the
     * two timers (Node 20, two 0 ms timers and an immediate set in the main script: first timer,
     * immediate, second timer 22 runs in 60; the two timers, then the immediate, 7; the
     * immediate first, 31). Returns {@code true} when the timer (with the rest of those set
     * with it) now starts a millisecond later.
     */
    private boolean startsLateInNode(Timer t, long now) {
        Timer first = t.setJustAfterFirst;
        if (first == null) {
            return false;
        }
        List<Timer> group = new ArrayList<>();
        for (Timer x = t; x != null; x = x.next) {
            if (x.setJustAfterFirst == first) {
                x.setJustAfterFirst = null; // decided here, once for all of them
                group.add(x);
            }
        }
        if (first.firedInIteration != iteration || now >= t.dueMs() + 1 || !check.hasLive()) {
            return false;
        }
        List<Long> racing = new ArrayList<>();
        for (Timer x : group) {
            racing.add(x.callback.id);
        }
        boolean together = raceImmediates(racing, !timerRaceWon, "a program's first timer is slow "
                + "to set up, so a timer set right after it with the same delay sometimes starts a "
                + "millisecond later; then it is not due yet and runs in the next loop turn, after "
                + "the immediates.", "it in this turn", "the immediates first");
        if (together) {
            return false;
        }
        for (Timer x : group) {
            x.startMs += 1; // still in start order: whatever follows them started no earlier
        }
        return true;
    }

    /**
     * Timers due one millisecond after the time this timers phase works against. Node reads its
     * clock in whole milliseconds, after a real wait or real work, so the phase's time is the
     * deadline it waited for or, about half the time, one more (Node 20: timers at 5 and 6 ms,
     * the first queueing an immediate: the immediate between them 22 runs in 40, after both 18;
     * likewise at 1 and 2 ms). Then those timers run in this phase too, ahead of the immediates
     * and close callbacks waiting in between — a race when there are any. Timers set during
     * this phase are not among them: Node starts them from a clock read after the phase's.
     * Unforced, the choice is looplab's exact time: not due yet. Returns the timers to run
     * now, in the order their lists give them, or none.
     */
    private List<Timer> dueInNodeAMillisecondLater(long now) {
        if (timerRaced || timers.nextExpiry() != now + 1 || (!check.hasLive() && closing.isEmpty())) {
            return List.of(); // (after the race with immediates, that question is already settled)
        }
        List<Timer> late = new ArrayList<>();
        List<Long> racing = new ArrayList<>();
        for (Timer x : timers.snapshot()) {
            boolean setThisPhase = x.insertedInIteration == iteration && x.insertedInPhase == Phase.TIMERS;
            if (x.dueMs() == now + 1 && !setThisPhase) {
                late.add(x);
                racing.add(x.callback.id);
            }
        }
        if (late.isEmpty()) {
            return List.of();
        }
        boolean due = raceImmediates(racing, false, "a timer due 1 ms after this timers "
                + "phase started may already be due in Node, whose clock reads whole milliseconds after "
                + "a real wait (about half the time it has moved on).", "it in this phase", "the immediates first");
        if (!due) {
            return List.of();
        }
        clock.skip(now + 1 - clock.nowMs());
        return late;
    }

    /**
     * Every race here is against the immediates queued for the check phase: adds them to
     * {@code racing}, takes the answer from {@link RaceChoices} ({@code usual} unless forced) and
     * reports the race, saying {@code why} and which way looplab went.
     */
    private boolean raceImmediates(List<Long> racing, boolean usual, String why, String ifTrue, String ifFalse) {
        for (HandleQueue.Handle h : check.snapshot()) {
            racing.add(h.callback.id);
        }
        return race(racing, usual, why, ifTrue, ifFalse);
    }

    /** Takes the answer for {@code racing} from {@link RaceChoices} and reports the race. */
    private boolean race(List<Long> racing, boolean usual, String why, String ifTrue, String ifFalse) {
        boolean answer = races.decide(usual);
        if (tracer.isOn()) {
            tracer.race(racing, "Node does not guarantee this order: " + why + " looplab ran "
                    + (answer ? ifTrue : ifFalse) + "; Node may do either.");
        }
        return answer;
    }

    /**
     * Whether the first wait for quick work has been paid for already, when the pool started
     * ({@link #poolStarting}).
     */
    private boolean quickTripPrepaid;

    /**
     * The program's first thread-pool request starts the pool's threads, on the loop thread, as
     * libuv does: Node 20 spends 1.2-1.7 ms in the first {@code fs.stat} call of a process and
     * 0.03-0.1 ms in the next. So a 0 ms timer set before it in the same callback is due by
     * the next timers phase (Node: the timer before the stat 20 runs in 20; set after it, the
     * stat first 14 in 20). The virtual clock moves one quick trip there, and the first wait
     * for quick work is then free: the request was back soon after, and a {@code readFile}'s
     * four trips still take 4 ms (Node: a 4 ms timer set alongside ran after it 15 runs in 20).
     */
    public void poolStarting() {
        if (!clock.isReal()) {
            clock.skip(QUICK_TRIP_MS);
            quickTripPrepaid = true;
        }
    }

    /** How long poll waits, at most, for quick (file-system) work in flight. */
    private static final double QUICK_WAIT_CAP_MS = 2000;
    /**
     * What one wait for quick work costs on the virtual clock, whatever it took for real: a
     * fixed figure keeps runs deterministic (a 0 ms timer set by the main script fires before
     * a readFile's second trip, as on Node, where the script's own start-up lets 1 ms pass).
     */
    private static final double QUICK_TRIP_MS = 1.0;

    /**
     * File-system requests on the pool finish within the turn they were made in (as on Node
     * with a warm disk), so poll first waits for those in flight: that is what makes a
     * {@code readFile} (open, fstat, read, close) take exactly four turns. When such a
     * completion would run user code while immediates are queued for this turn's check
     * phase, Node does not guarantee which comes first; {@link RaceChoices} decides and the
     * trace says so. Returns {@code false} when the completions are held back to the next
     * turn (the immediates run first).
     */
    private boolean settleIoRace() throws InterruptedException {
        if (!completions.hasQuickWork()) {
            return true;
        }
        long started = System.nanoTime();
        boolean reachesUser = completions.awaitQuick(QUICK_WAIT_CAP_MS);
        clock.waited(clock.isReal() ? (System.nanoTime() - started) / 1e6 : quickTripPrepaid ? 0 : QUICK_TRIP_MS);
        quickTripPrepaid = false;
        if (!reachesUser || !check.hasLive()) {
            return true;
        }
        List<Long> racing = new ArrayList<>(completions.readyIds());
        return raceImmediates(racing, true, "an I/O completion that needs "
                + "one thread-pool round trip races setImmediate; whether the pool has answered "
                + "when the poll phase looks decides.", "the I/O callback first", "the immediate first");
    }

    // ---------------------------------------------------------------- requests from built-ins

    /** A fresh id for a callback, timer or request (ids are shared by all kinds, as in the trace). */
    public long nextId() {
        return nextId++;
    }

    /** {@code setTimeout}/{@code setInterval}: files the timer from now. */
    public Timer addTimer(Callback cb, long msecs, boolean repeat) {
        Timer t = new Timer(cb, msecs, repeat);
        traceSchedule(cb, msecs);
        insertTimer(t, loopNow());
        if (firstTimer == null) {
            firstTimer = t;
        } else if (firstTimer.active && firstTimer.msecs == t.msecs && firstTimer.startMs == t.startMs
                && firstTimer.insertedInIteration == t.insertedInIteration && firstTimer.insertedInPhase == t.insertedInPhase) {
            t.setJustAfterFirst = firstTimer;
        }
        return t;
    }

    private void insertTimer(Timer t, long startMs) {
        t.insertedInIteration = iteration;
        t.insertedInPhase = phase;
        t.callbacksBefore = callbacksRun;
        timers.insert(t, startMs);
    }

    /** {@code clearTimeout}/{@code clearInterval}; harmless on a timer that already ran. */
    public void clearTimer(Timer t, String at) {
        if (tracer.isOn() && !t.cleared) {
            tracer.cancel(t.callback.id, t.callback.api, at, now());
        }
        t.cleared = true;
        timers.remove(t);
    }

    /** {@code timeout.refresh()}: restart from now with the same duration, if still pending. */
    /** {@code timeout.refresh()}: due again a full delay from now; a fired timeout runs again. */
    public void refreshTimer(Timer t) {
        if (t.cleared) {
            return; // clearTimeout unenrolls it for good (Node: _idleTimeout -1)
        }
        if (t.active) {
            timers.remove(t);
        }
        insertTimer(t, loopNow());
    }

    public void setTimerRef(Timer t, boolean ref) {
        timers.setRef(t, ref);
    }

    /** {@code setImmediate}. */
    public HandleQueue.Handle addImmediate(Callback cb) {
        traceSchedule(cb, null);
        HandleQueue.Handle h = check.add(cb);
        h.queuedInIteration = iteration;
        h.queuedInPhase = phase;
        return h;
    }

    /** The immediate of callback {@code id} that has neither run nor been cleared, or {@code null}. */
    public HandleQueue.Handle findImmediate(long id) {
        return check.find(id);
    }

    public void clearImmediate(HandleQueue.Handle h, String at) {
        if (tracer.isOn() && !h.cancelled) {
            tracer.cancel(h.callback.id, h.callback.api, at, now());
        }
        check.cancel(h);
    }

    public void setImmediateRef(HandleQueue.Handle h, boolean ref) {
        check.setRef(h, ref);
    }

    /** {@code process.nextTick}. */
    public void addTick(Callback cb) {
        traceSchedule(cb, null);
        ticks.add(cb);
    }

    /** A promise job or {@code queueMicrotask}. */
    public void addMicrotask(Callback cb) {
        traceSchedule(cb, null);
        microtasks.add(cb);
    }

    /** An I/O callback deferred to the next pending phase. */
    public void addPending(Callback cb) {
        traceSchedule(cb, null);
        pending.add(cb);
    }

    /** A close callback, run in this or the next close phase. */
    public void addClosing(Callback cb) {
        traceSchedule(cb, null);
        closing.add(cb);
    }

    /** The program's first write, as cold as Node's (a script run): see {@link #coldAfterFirstWrite}. */
    public void noteFirstWrite() {
        firstWriteIn = callbacksRun;
    }

    /** Traces a request that another thread will complete through {@link #completions()}. */
    public void traceRequest(Callback cb) {
        traceSchedule(cb, null);
    }

    private void traceSchedule(Callback cb, Long delay) {
        if (tracer.isOn()) {
            tracer.schedule(cb.id, cb.api, cb.at, cb.source.label(), now(), delay);
        }
    }

    /** The thread-safe door for pool workers and the REPL. */
    public CompletionQueue completions() {
        return completions;
    }

    /** Holds the loop open with no work (the REPL between inputs); release with {@code -1}. */
    public void keepAlive(int delta) {
        keepAlive += delta;
    }

    /** Ends the loop after the current callback; nothing else runs. */
    public void stop() {
        stopped = true;
        completions.wakeUp();
    }

    // ---------------------------------------------------------------- what is going on

    private void enter(Phase next) {
        phase = next;
        if (tracer.isVerbose() && next != Phase.MAIN && next != Phase.EXIT) {
            tracer.phase(iteration, next.label(), now());
            tracer.queues(iteration, next.label(), timers.snapshot().size(), check.snapshot().size(),
                    ticks.size(), microtasks.size(), completions.inFlight());
        }
    }

    /** Traces the phase the first time it has work (every phase is traced when verbose). */
    private boolean announce(boolean alreadyAnnounced) {
        if (!alreadyAnnounced && tracer.isOn() && !tracer.isVerbose()) {
            tracer.phase(iteration, phase.label(), now());
        }
        return true;
    }

    public double now() {
        return clock.nowMs();
    }

    /** libuv's loop time: whole milliseconds, as timers see them. */
    public long loopNow() {
        return (long) Math.floor(clock.nowMs());
    }

    public Clock clock() {
        return clock;
    }

    public Phase phase() {
        return phase;
    }

    public Source source() {
        return source;
    }

    /** Where the callback now running was scheduled from ({@code null} before the first). */
    public String currentAt() {
        return current == null ? null : current.at;
    }

    public int iteration() {
        return iteration;
    }

    public TimerHeap timers() {
        return timers;
    }

    public List<HandleQueue.Handle> immediates() {
        return check.snapshot();
    }

    public List<Callback> pendingTicks() {
        return ticks.snapshot();
    }

    public List<Callback> pendingMicrotasks() {
        return microtasks.snapshot();
    }

    /** Drops queued ticks and microtasks (the process is exiting: nothing more may run). */
    public void discardJobs() {
        ticks.clear();
        microtasks.clear();
    }
}
