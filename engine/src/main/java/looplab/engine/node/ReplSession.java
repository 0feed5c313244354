package looplab.engine.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import looplab.engine.js.HostFunction;
import looplab.engine.js.InputScanner;
import looplab.engine.js.JsSyntaxError;
import looplab.engine.js.ScriptSource;
import looplab.engine.js.TopLevelAwait;
import looplab.engine.loop.Callback;
import looplab.engine.loop.EventLoop;
import looplab.engine.loop.HandleQueue;
import looplab.engine.loop.Interrupted;
import looplab.engine.loop.OwnWork;
import looplab.engine.loop.ProcessExit;
import looplab.engine.loop.Source;
import looplab.engine.loop.SwitchableClock;
import looplab.engine.loop.Timer;
import looplab.engine.loop.Unwind;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;

/**
 * One REPL session: a Node process whose loop never runs dry. The runtime boots once, on a
 * loop thread of its own; inputs arrive from the REPL thread through the loop's completion
 * queue, so they run in the poll phase exactly as Node's REPL runs what it reads from stdin,
 * and timers set by one input fire while the user types the next. Each input is evaluated in
 * the same global, so declarations persist. What the program prints goes out through the
 * trace sink as it happens; what an input evaluates to comes back as an {@link Echo}.
 */
public final class ReplSession {
    private static final String KEEPER = "__looplabKeep";
    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)?");
    private static final Pattern DECLARED = Pattern.compile("(?:let|const|class|var|function)");

    /** What an input came to: its value as Node's REPL echoes it, or an error. */
    public record Echo(boolean isError, String text) {}

    /** Something pending in the loop, for {@code .queues}. */
    public record Pending(long id, String api, String at, Double dueMs) {}

    /** What the loop holds right now. */
    public record Queues(double nowMs, String clock, List<Pending> timers, List<Pending> immediates,
                         List<Pending> ticks, List<Pending> microtasks, int poolRequests) {}

    private final RunOptions options;
    private final SwitchableClock clock;
    private final ReplTraceFilter trace;
    private final Consumer<Echo> echoes;
    private final boolean colors;
    private final CompletableFuture<NodeRuntime> ready = new CompletableFuture<>();
    private final CompletableFuture<Integer> ended = new CompletableFuture<>();
    private final AtomicReference<CompletableFuture<Void>> current = new AtomicReference<>();
    private final AtomicLong internalIds = new AtomicLong(-1);
    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private ScriptObjectMirror helpers;
    private int inputs;

    private ReplSession(RunOptions options, boolean realClock, boolean colors, Consumer<Echo> echoes) {
        this.trace = new ReplTraceFilter(options.sink());
        this.options = options.withSink(trace, true);
        this.clock = new SwitchableClock(realClock);
        this.colors = colors;
        this.echoes = echoes;
        this.thread = new Thread(this::runLoop, "looplab-loop");
        thread.setDaemon(true);
    }

    /**
     * Starts a session; returns at once, the engine boots behind. {@code options.sink()} receives
     * the trace (a sink is required: program output travels in its {@code output} events).
     */
    public static ReplSession start(RunOptions options, boolean realClock, boolean colors, Consumer<Echo> echoes) {
        if (options.sink() == null) {
            throw new IllegalArgumentException("a REPL session needs a trace sink");
        }
        ReplSession s = new ReplSession(options, realClock, colors, echoes);
        s.thread.start();
        return s;
    }

    // ---------------------------------------------------------------- the loop thread

    private void runLoop() {
        NodeRuntime rt;
        try {
            rt = new NodeRuntime(options, clock);
            // This thread runs all of the session's JavaScript: its global stays bound for the
            // thread's life (no switch per call; the runtime's native functions need it).
            rt.js().bindToCurrentThread();
            OwnWork.bind(rt.loop().clock());
            rt.guard().onTrip(rt.loop().completions()::wakeUp);
            rt.bootForRepl("[repl]", this::uncaught);
            helpers = (ScriptObjectMirror) rt.js().loadInternal("repl").call(null, rt.js().global(), KEEPER);
        } catch (RuntimeException e) {
            ready.completeExceptionally(e);
            ended.complete(70);
            return;
        }
        EventLoop loop = rt.loop();
        loop.keepAlive(1);
        String cwd = options.cwd().toString();
        Callback main = internal(() -> {
            rt.api().callMember("runMain", helpers.getMember("install"), options.cwd().resolve("[repl]").toString(), cwd);
            ready.complete(rt);
            post(rt, () -> warmUp(rt));
        });
        int code = 0;
        boolean first = true;
        while (true) {
            try {
                if (first) {
                    first = false;
                    loop.run(main);
                } else {
                    loop.resume();
                }
                break;
            } catch (Interrupted stopped) {
                rt.guard().reset();
                Echo echo = new Echo(true, "Uncaught Error: Script execution interrupted.");
                if (current.get() == null) {
                    echoes.accept(echo); // a callback of an earlier input, stopped at the prompt
                } else {
                    finish(echo);
                }
            } catch (ProcessExit exit) {
                code = exit.code;
                break;
            } catch (RuntimeException | StackOverflowError internal) {
                rt.guard().reset();
                finish(new Echo(true, "Uncaught " + internal));
            }
        }
        finish(null);
        ended.complete(code);
    }

    /** Compiles what every session needs (an input, the echo) while the user reads the prompt. */
    private void warmUp(NodeRuntime rt) {
        try {
            rt.js().evalScript(new ScriptSource("[warm-up]", "void 0", options.cwd().resolve("[warm-up]").toString()), KEEPER);
            helpers.callMember("warmUp");
        } catch (Unwind control) {
            throw control;
        } catch (RuntimeException e) {
            // Only a head start; the first input will meet the problem and report it.
        }
    }

    private Callback internal(Callback.Body body) {
        return new Callback(internalIds.getAndDecrement(), ReplTraceFilter.INTERNAL, null, Source.MAIN, body);
    }

    /** Runs {@code body} on the loop thread between callbacks. */
    private void post(NodeRuntime rt, Callback.Body body) {
        rt.loop().completions().begin();
        rt.loop().completions().post(internal(body));
    }

    private void finish(Echo echo) {
        CompletableFuture<Void> done = current.getAndSet(null);
        if (done != null) {
            if (echo != null) {
                echoes.accept(echo);
            }
            done.complete(null);
        }
    }

    private void uncaught(Object error) {
        NodeRuntime rt = ready.getNow(null);
        if (rt == null) {
            return;
        }
        helpers.callMember("setError", error);
        echoes.accept(new Echo(true, "Uncaught " + helpers.callMember("uncaught", error, colors)));
    }

    // ---------------------------------------------------------------- inputs

    /**
     * Evaluates one input; the future completes when its value has been echoed (for top-level
     * {@code await}, when the promise has settled). Inputs queue behind each other.
     */
    public CompletableFuture<Void> eval(String code) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        int n = ++inputs;
        rememberDeclarations(code);
        ready.thenAccept(rt -> post(rt, () -> {
            current.set(done);
            String name = "REPL" + n;
            rt.loop().runInline(new Callback(rt.loop().nextId(), "main", name + ":1", Source.MAIN,
                    () -> evaluate(rt, name, code, done)));
        }));
        ready.exceptionally(e -> {
            done.complete(null);
            return null;
        });
        return done;
    }

    private void evaluate(NodeRuntime rt, String name, String input, CompletableFuture<Void> done) {
        // Pasted `import x from 'y'` works here (Node's REPL refuses it): it becomes an awaited import().
        String code = looplab.engine.js.esm.ModuleScan.importsAsAwaits(input);
        boolean awaits = TopLevelAwait.isUsedIn(code);
        String source = awaits ? TopLevelAwait.rewrite(code) : code;
        try {
            rt.js().evalScript(new ScriptSource(name, source, options.cwd().resolve(name).toString()), KEEPER);
        } catch (Unwind control) {
            throw control;
        } catch (JsSyntaxError syntax) {
            finish(new Echo(true, "Uncaught SyntaxError: " + syntax.getMessage()));
            return;
        } catch (Throwable thrown) {
            Object error = rt.api().callMember("adoptError", rt.js().scriptValueOf(thrown));
            helpers.callMember("setError", error);
            finish(new Echo(true, "Uncaught " + helpers.callMember("uncaught", error, colors)));
            return;
        }
        if (awaits && Boolean.TRUE.equals(helpers.callMember("keptIsThenable"))) {
            helpers.callMember("settleKept", new HostFunction("settled", (self, args) -> {
                boolean ok = Boolean.TRUE.equals(args[0]);
                if (ok) {
                    finish(new Echo(false, String.valueOf(helpers.callMember("echoKept", colors))));
                } else {
                    Object error = helpers.callMember("keptError");
                    helpers.callMember("setError", error);
                    finish(new Echo(true, "Uncaught " + helpers.callMember("uncaught", error, colors)));
                }
                return null;
            }));
            return;
        }
        finish(new Echo(false, String.valueOf(helpers.callMember("echoKept", colors))));
    }

    /** Names declared at the top of an input, for completion (let/const are not global properties). */
    private void rememberDeclarations(String code) {
        List<InputScanner.Token> tokens = InputScanner.tokens(code);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            InputScanner.Token t = tokens.get(i);
            if (t.depth() == 0 && DECLARED.matcher(t.text()).matches() && tokens.get(i + 1).isWord()) {
                declared.add(tokens.get(i + 1).text());
            }
        }
    }

    /** Ctrl-C: stops the running input (or the callback running now); the session keeps its state. */
    public void interrupt() {
        NodeRuntime rt = ready.getNow(null);
        if (rt != null && current.get() != null) {
            rt.guard().tripInterrupt();
        }
    }

    /**
     * Ctrl-C at the prompt: if the loop does not answer within a quarter second it is stuck in a
     * callback (a timer's endless loop, say), which is then stopped like a running input.
     * Returns whether it was. (Node's REPL cannot do this: its one thread is the one spinning.)
     */
    public boolean interruptBusyLoop() {
        NodeRuntime rt = ready.getNow(null);
        if (rt == null || ended.isDone()) {
            return false;
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        post(rt, () -> answer.complete(Boolean.TRUE));
        try {
            answer.get(250, TimeUnit.MILLISECONDS);
            return false;
        } catch (java.util.concurrent.TimeoutException busy) {
            rt.guard().tripInterrupt();
            return true;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            return false;
        }
    }

    /** Whether an input is still running (or awaiting). */
    public boolean isBusy() {
        return current.get() != null;
    }

    // ---------------------------------------------------------------- questions from the shell

    /** Property names of {@code path} ("" for globals), or none if the loop does not answer soon. */
    public List<String> complete(String path) {
        if (!PATH.matcher(path).matches()) {
            return List.of();
        }
        List<String> names = ask(rt -> {
            List<String> out = new ArrayList<>();
            Object list = helpers.callMember("complete", path);
            if (list instanceof ScriptObjectMirror array && array.isArray()) {
                for (Object v : array.values()) {
                    out.add(String.valueOf(v));
                }
            }
            if (path.isEmpty()) {
                out.addAll(declared);
            }
            return out;
        });
        return names == null ? List.of() : names;
    }

    /** What is pending in the loop now. */
    public Queues queues() {
        return ask(rt -> {
            EventLoop loop = rt.loop();
            List<Pending> timers = new ArrayList<>();
            for (Timer t : loop.timers().snapshot()) {
                timers.add(new Pending(t.callback().id, t.callback().api, t.callback().at, (double) t.dueMs()));
            }
            List<Pending> immediates = new ArrayList<>();
            for (HandleQueue.Handle h : loop.immediates()) {
                if (!h.isCancelled()) {
                    immediates.add(pending(h.callback()));
                }
            }
            return new Queues(loop.now(), clock.name(), timers, immediates,
                    loop.pendingTicks().stream().map(ReplSession::pending).toList(),
                    loop.pendingMicrotasks().stream().map(ReplSession::pending).toList(),
                    loop.completions().inFlight());
        });
    }

    private static Pending pending(Callback cb) {
        return new Pending(cb.id, cb.api, cb.at, null);
    }

    /** {@code .clock real|virtual}: pending timers keep their due times. */
    public void setClock(boolean real) {
        ask(rt -> {
            clock.switchTo(real);
            return Boolean.TRUE;
        });
    }

    public String clockName() {
        return clock.name();
    }

    /** {@code .trace verbose} shows every phase the loop passes through. */
    public void setVerbose(boolean verbose) {
        trace.setVerbose(verbose);
    }

    private <T> T ask(java.util.function.Function<NodeRuntime, T> question) {
        NodeRuntime rt = ready.getNow(null);
        if (rt == null || ended.isDone()) {
            return null;
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        post(rt, () -> answer.complete(question.apply(rt)));
        try {
            return answer.get(1, TimeUnit.SECONDS);
        } catch (Exception busy) {
            return null;
        }
    }

    // ---------------------------------------------------------------- life

    /** Completes with the process's exit code when the session ends ({@code process.exit}, {@link #close}). */
    public CompletableFuture<Integer> ended() {
        return ended;
    }

    /** Whether the engine has booted. */
    public boolean isReady() {
        return ready.isDone();
    }

    /** Stops the session: running code is interrupted, the loop ends. */
    public void close() {
        interrupt();
        ready.thenAccept(rt -> post(rt, () -> rt.loop().stop()));
        try {
            ended.get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // A loop that does not stop is a daemon thread; it dies with the JVM.
        }
    }
}
