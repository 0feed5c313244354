package looplab.engine.node;

import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import looplab.engine.js.Guard;
import looplab.engine.js.HostObject;
import looplab.engine.js.JsRuntime;
import looplab.engine.js.JsSyntaxError;
import looplab.engine.js.ScriptSource;
import looplab.engine.js.SharedEngine;
import looplab.engine.loop.Callback;
import looplab.engine.loop.Clock;
import looplab.engine.loop.EventLoop;
import looplab.engine.loop.Interrupted;
import looplab.engine.loop.LoopHost;
import looplab.engine.loop.OwnWork;
import looplab.engine.loop.ProcessExit;
import looplab.engine.loop.Source;
import looplab.engine.loop.ThreadPool;
import looplab.engine.trace.Tracer;
import org.openjdk.nashorn.api.scripting.JSObject;
import org.openjdk.nashorn.api.scripting.NashornException;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;

/**
 * One Node process: a loop, a sandboxed JavaScript runtime wired to it, and the rules for how
 * the process ends (uncaught errors, unhandled rejections, {@code process.exit}, timeouts).
 * {@link #run} is the one pipeline every way of running code goes through.
 */
public final class NodeRuntime implements LoopHost {
    public static final String VERSION = "0.1.0";

    private final RunOptions options;
    private final Tracer tracer;
    private final EventLoop loop;
    private final Guard guard = new Guard();
    private final JsRuntime js;
    private final ProgramOutput output;
    private final FatalReport fatalReport;
    private final FsOps fsOps;
    private final ThreadPool pool;
    private final ModuleLoader modules;
    private ScriptObjectMirror api;
    private boolean timedOut;
    private boolean rejectionsQueued;
    private String mainName = "[eval]";
    /** The REPL's receiver of uncaught errors and unhandled rejections; {@code null}: they end the process. */
    private java.util.function.Consumer<Object> replErrors;

    /** A process on a JavaScript engine of its own (what {@code looplab run} uses). */
    public NodeRuntime(RunOptions options) {
        this(options, options.realClock() ? Clock.real() : Clock.virtual(), null);
    }

    /**
     * A process in a fresh global of a shared engine: what grading many programs in one JVM
     * uses, one after another or on several threads at once (each runtime runs on the thread
     * that calls {@link #run}). Nothing the program does is seen by the engine's other runtimes.
     */
    public NodeRuntime(RunOptions options, SharedEngine engine) {
        this(options, options.realClock() ? Clock.real() : Clock.virtual(), java.util.Objects.requireNonNull(engine));
    }

    /** With a clock of the caller's (the REPL's, which {@code .clock} can switch). */
    NodeRuntime(RunOptions options, Clock clock) {
        this(options, clock, null);
    }

    private NodeRuntime(RunOptions options, Clock clock, SharedEngine engine) {
        looplab.engine.Stamps.mark("runtime");
        this.options = options;
        this.tracer = options.sink() == null ? Tracer.off() : new Tracer(options.sink(), options.verbose());
        this.loop = new EventLoop(clock, tracer, options.races());
        this.loop.setHost(this);
        this.guard.onTrip(loop::stop);
        this.js = engine == null ? new JsRuntime(guard) : new JsRuntime(guard, engine);
        looplab.engine.Stamps.mark("engine + global");
        this.output = new ProgramOutput(tracer, loop, options.out(), options.err(), options.outputLimit());
        this.fatalReport = new FatalReport(js);
        this.fsOps = new FsOps(new FileRoot(options.cwd(), options.root()));
        this.pool = new ThreadPool(loop.completions(), this::poolSize, loop::poolStarting);
        this.modules = new ModuleLoader(js, fsOps, loop);
    }

    /**
     * The pool's size, read when the first request needs it: {@code process.env.UV_THREADPOOL_SIZE}
     * if the script changed it by then (Node reads the variable at that moment too), else the
     * option (which already accounts for the environment it started with).
     */
    private int poolSize() {
        Object fromScript = api == null ? null : api.callMember("envValue", "UV_THREADPOOL_SIZE");
        String atStart = options.env().get("UV_THREADPOOL_SIZE");
        if (fromScript instanceof String s && !s.equals(atStart)) {
            try {
                int n = Integer.parseInt(s.trim());
                if (n > 0) {
                    return Math.min(1024, n);
                }
            } catch (NumberFormatException ignored) {
                // Node ignores a value that is not a number.
            }
        }
        return options.threadpool();
    }

    /** Runs a main script to the end of the process, on this thread; returns its exit code. */
    public int run(ScriptSource source) {
        try (JsRuntime.ThreadBinding bound = js.bindToCurrentThread();
             OwnWork.Binding clockBound = OwnWork.bind(loop.clock())) {
            return runBound(source);
        }
    }

    private int runBound(ScriptSource source) {
        tracer.start(source.name(), loop.clock().name(), options.threadpool());
        mainName = source.name();
        output.chargeFirstWrite();
        output.keepLinesInPlace();
        ScheduledFuture<?> watchdog = null;
        guard.running(Thread.currentThread());
        int code;
        try {
            boot(source);
            looplab.engine.Stamps.mark("bootstrap");
            Callback main;
            if (modules.isModule(source)) {
                Object module = modules.compileMain(source);
                // import.meta.url of -e code is Node's file:///cwd/[eval1].
                String evalName = source.name().equals("[eval]") ? "[eval1]"
                        : source.name().equals("[stdin]") ? "[stdin]" : null;
                main = new Callback(loop.nextId(), "main", source.name() + ":1", Source.MAIN,
                        () -> api.callMember("runMainModule", module, source.absolutePath(), evalName));
            } else {
                ScriptObjectMirror wrapper = js.compileModule(source);
                Path file = Path.of(source.absolutePath());
                String dirname = file.getParent() == null ? "/" : file.getParent().toString();
                main = new Callback(loop.nextId(), "main", source.name() + ":1", Source.MAIN,
                        () -> api.callMember("runMain", wrapper, source.absolutePath(), dirname));
            }
            // The limit is the program's: booting looplab's runtime and compiling its source
            // (lowering modern syntax warms Closure up on first use, seconds on a busy
            // machine) are looplab's costs, not charged to it.
            looplab.engine.Stamps.mark("compiled main");
            watchdog = startWatchdog();
            loop.run(main);
            looplab.engine.Stamps.mark("loop done");
            code = runExitHandlers();
        } catch (ProcessExit exit) {
            code = exit.code;
        } catch (Interrupted stopped) {
            code = 130;
        } catch (JsSyntaxError syntax) {
            String report = fatalReport.syntaxError(syntax);
            tracer.fatal("uncaughtException", "SyntaxError: " + syntax.getMessage(), "main", "main");
            output.write(2, report);
            code = 1;
        } finally {
            guard.running(null);
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            pool.shutdown();
            fsOps.closeAll();
        }
        if (timedOut) {
            code = 124;
            String message = "Error: Script execution timed out after " + options.timeout().toMillis() + "ms";
            tracer.fatal("timeout", message, loop.source().label(), loop.phase().label());
            output.flush();
            options.err().println("looplab: --timeout expired. " + message);
        }
        output.flush();
        tracer.exit(code, loop.now());
        return code;
    }

    private ScheduledFuture<?> startWatchdog() {
        if (options.timeout() == null) {
            return null;
        }
        return Watchdog.TIMER.schedule(() -> {
            timedOut = true;
            guard.tripExit(124);
        }, Math.max(1, options.timeout().toMillis()), TimeUnit.MILLISECONDS);
    }

    /**
     * The one thread that ends runs at their time limit, for every runtime of the process: a
     * grading worker runs hundreds of scripts, and a timer thread started and stopped for each
     * cost more than the rest of its bookkeeping. A trip only flags the run and wakes its
     * loop, so one run's time-out never holds up another's. A cancelled limit leaves the queue
     * at once, not at its deadline, so a finished runtime is not kept reachable until then.
     */
    private static final class Watchdog {
        static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "looplab-timeout");
            t.setDaemon(true);
            return t;
        });

        static {
            TIMER.setRemoveOnCancelPolicy(true);
        }
    }

    private void boot(ScriptSource source) {
        HostObject host = new HostBridge(this, js, loop, tracer, output, options).build();
        api = (ScriptObjectMirror) js.loadInternal("bootstrap").call(null, host, js.global());
        js.setErrorAdopter((ScriptObjectMirror) api.getMember("adoptError"));
        js.setPromiseModule((ScriptObjectMirror) api.getMember("promiseModule"));
    }

    /**
     * The REPL's start ({@link ReplSession}): the runtime is booted with no main script, and
     * uncaught errors are handed to {@code replErrors} instead of ending the process.
     */
    void bootForRepl(String name, java.util.function.Consumer<Object> errors) {
        tracer.start(name, loop.clock().name(), options.threadpool());
        mainName = name;
        replErrors = errors;
        boot(null);
    }

    private int runExitHandlers() {
        int[] code = {0};
        try {
            loop.runExitHandlers(() -> code[0] = ((Number) api.callMember("emitExit")).intValue());
        } catch (looplab.engine.loop.Unwind control) {
            throw control;
        } catch (RuntimeException | StackOverflowError thrown) {
            // A throwing 'exit' listener: Node reports it like any uncaught error and exits 1,
            // without emitting 'exit' again.
            Object error = api.callMember("adoptError", js.scriptValueOf(thrown));
            tracer.fatal("uncaughtException", String.valueOf(api.callMember("headline", error)),
                    loop.source().label(), loop.phase().label());
            output.write(2, fatalReport.uncaught(error, throwSite(thrown),
                    String.valueOf(api.callMember("describeFatal", error))));
            return 1;
        }
        return code[0];
    }

    // ---------------------------------------------------------------- LoopHost

    @Override
    public void uncaught(Throwable error) {
        Object value = js.scriptValueOf(error);
        value = api.callMember("adoptError", value);
        if (replErrors != null && !Boolean.TRUE.equals(api.callMember("hasUncaughtListeners"))) {
            replErrors.accept(value);
            return;
        }
        if (Boolean.TRUE.equals(api.callMember("hasUncaughtListeners"))) {
            try {
                api.callMember("emitUncaught", value, "uncaughtException");
                return;
            } catch (RuntimeException inListener) {
                if (inListener instanceof looplab.engine.loop.Unwind u) {
                    throw u;
                }
                value = api.callMember("adoptError", js.scriptValueOf(inListener));
                // Node's handler of last resort threw: it prints that error and exits 7 at
                // once, from C++, without emitting 'exit'.
                die(value, "uncaughtException", throwSite(inListener), 7, false);
            }
        }
        die(value, "uncaughtException", throwSite(error), 1, true);
    }

    /** Where a throw happened, for the report's header. */
    private FatalReport.Site throwSite(Throwable error) {
        if (error instanceof NashornException ne && js.isUserFile(ne.getFileName())) {
            return new FatalReport.Site(ne.getFileName(), ne.getLineNumber());
        }
        if (error instanceof StackOverflowError) {
            // V8 points at the call that overflowed: the innermost user frame.
            return js.userFrames(error).stream().filter(f -> f.getLineNumber() > 0).findFirst()
                    .map(f -> new FatalReport.Site(f.getFileName(), f.getLineNumber())).orElse(null);
        }
        return null;
    }

    /** Called by rejections.js when a rejection nobody handled ends the process. */
    void fatalRejection(Object error) {
        if (replErrors != null) {
            replErrors.accept(error);
            return;
        }
        die(error, "unhandledRejection", null, 1, true);
    }

    private void die(Object error, String kind, FatalReport.Site site, int code, boolean emitExit) {
        String headline = String.valueOf(api.callMember("headline", error));
        tracer.fatal(kind, headline, loop.source().label(), loop.phase().label());
        loop.discardJobs();
        // Node emits 'exit' before it prints the report.
        int[] exitCode = {code};
        if (emitExit) {
            try {
                loop.runExitHandlers(() -> api.callMember("emitExit", code));
            } catch (ProcessExit exitInListener) {
                exitCode[0] = exitInListener.code;
            }
        }
        output.write(2, fatalReport.uncaught(error, site, String.valueOf(api.callMember("describeFatal", error))));
        throw new ProcessExit(exitCode[0]);
    }

    /** rejections.js queued something: the next drain has to look (most drains need not). */
    void rejectionsQueued() {
        rejectionsQueued = true;
    }

    @Override
    public boolean processRejections() {
        guard.check(); // a process.exit() that a promise job's own try caught ends the run here
        if (api == null || !rejectionsQueued) {
            return false;
        }
        rejectionsQueued = false;
        Object batch = api.callMember("takeRejections");
        if (!(batch instanceof JSObject entries) || !entries.isArray()) {
            return false;
        }
        int n = ((Number) entries.getMember("length")).intValue();
        for (int i = 0; i < n; i++) {
            JSObject entry = (JSObject) entries.getSlot(i);
            Object at = entry.getMember("at");
            // Listeners run in the rejected promise's context, as in Node: a microtask.
            loop.runInline(new Callback(loop.nextId(), "promise",
                    at instanceof String s ? s : mainName + ":1", Source.MICROTASK,
                    () -> api.callMember("handleRejection", entry)));
        }
        return n > 0;
    }

    @Override
    public void beforeExit() {
        try {
            api.callMember("emitBeforeExit");
        } catch (looplab.engine.loop.Unwind control) {
            throw control;
        } catch (RuntimeException | StackOverflowError thrown) {
            // A throwing 'beforeExit' listener is an uncaught exception like any other.
            uncaught(thrown);
        }
    }

    @Override
    public void checkInterrupt() {
        guard.check();
    }

    /** Marks the switch to exit listeners inside a running callback ({@code process.exit()}). */
    void enterExit() {
        loop.enterExitPhase();
    }

    /**
     * What to do if a timed-out run cannot be unwound (see {@link Guard}): the command line
     * ends the process. {@code message} is the timeout report to print first.
     */
    public void onUnresponsive(java.util.function.Consumer<String> lastResort) {
        guard.onUnresponsive(() -> {
            output.flush();
            lastResort.accept("looplab: --timeout expired. Error: Script execution timed out after "
                    + (options.timeout() == null ? 0 : options.timeout().toMillis()) + "ms");
        });
    }

    EventLoop loop() {
        return loop;
    }

    JsRuntime js() {
        return js;
    }

    ScriptObjectMirror api() {
        return api;
    }

    ThreadPool pool() {
        return pool;
    }

    FsOps fsOps() {
        return fsOps;
    }

    ModuleLoader modules() {
        return modules;
    }

    Guard guard() {
        return guard;
    }
}
