package looplab.lessons.grade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import looplab.lessons.judge.Failure;
import looplab.lessons.run.RunOutcome;

/**
 * Supervised worker processes ({@link GradeWorker}), each a JVM with a heap cap that runs many
 * scripts on its warm engine, {@link #LANES} at a time: one process per two scripts at once, so
 * the engine's start and first runs (seconds of CPU) are paid once per two lanes, not per lane.
 *
 * <p>A worker that dies takes only the script that killed it: that script is recorded as
 * "memory limit exceeded" (the JVM's out-of-memory exit) or "crashed", and the next script gets
 * a new worker. A script that was running beside it in the same process is not charged: when
 * the worker said whose run it was (a run it could not stop), or the grader killed it for a
 * run's time limit, the other runs again on the pool; when nobody knows whose it was (the heap
 * full, a crash), every script that was running in it runs again alone, in a one-lane worker
 * kept for that, and only the one that dies there gets the verdict. A worker silent past a
 * run's time limit plus {@link #GRACE} is killed, its script recorded as timed out.
 */
final class WorkerPool implements ScriptHost {
    /** How long past its time limit a run may take to be reported (engine start, a slow machine). */
    static final Duration GRACE = Duration.ofSeconds(10);
    /** How long a new worker may take to start. */
    static final Duration BOOT = Duration.ofSeconds(120);
    /** The exit code of {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY = 3;
    /** Scripts one worker process runs at once. */
    static final int LANES = 2;
    /** Workers that die before they are ready, in a row, before the pool gives up. */
    private static final int BOOT_FAILURES = 3;
    private static final List<String> EOF = List.of("\u0000eof");

    private final String heap;
    private final BlockingQueue<Lane> lanes;
    private final List<Worker> all = new ArrayList<>();
    private final AtomicInteger bootFailures = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;
    /** One lane, for the scripts a worker that died of an unknown cause was running; made on first need. */
    private WorkerPool solo;
    /** Ends the workers if the grader is stopped (Ctrl-C) before it closes the pool. */
    private final Thread reaper = new Thread(this::kill, "looplab-worker-reaper");

    /** A worker process's place: its command, and its worker ({@code null} until one is (re)started). */
    private static final class Host {
        final List<String> command;
        Worker worker;

        Host(List<String> command) {
            this.command = command;
        }
    }

    /** The right to run one script on a host. */
    private record Lane(Host host) {
    }

    /**
     * @param size how many scripts run at once ({@link #LANES} per process)
     * @param heap the heap cap per script at once ({@code 384m}): a process with two lanes has twice that
     */
    WorkerPool(int size, String heap) {
        this(size, LANES, heap);
    }

    WorkerPool(int size, int lanesEach, String heap) {
        this.heap = heap;
        // Fair: a script's thread handing its lane back cannot take it again ahead of one
        // already waiting (the reference, which runs alongside the first scripts).
        this.lanes = new ArrayBlockingQueue<>(size, true);
        Runtime.getRuntime().addShutdownHook(reaper);
        for (int first = 0; first < size; first += lanesEach) {
            int n = Math.min(lanesEach, size - first);
            Host host = new Host(command(heap, n));
            host.worker = spawnQuietly(host);
            for (int i = 0; i < n; i++) {
                lanes.add(new Lane(host));
            }
        }
    }

    /**
     * The command that starts a worker of {@code lanes} lanes: this JVM's java and class path,
     * and its start-up flags.
     */
    static List<String> command(String heap, int lanes) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + times(heap, lanes));
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:-UsePerfData");
        cmd.add("-Xss4m");
        // C1 only: every script is new bytecode that runs once, and C2's compilations of it cost
        // more than they return (a 20-line script: about 17 ms of CPU with C1 only, 33 ms with C2).
        cmd.add("-XX:TieredStopAtLevel=1");
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // The launcher's class-data archive makes workers start as fast as it did, mapped
            // where it was made (ArchiveRelocationMode=0: bin/looplab says why).
            if (arg.startsWith("-XX:SharedArchiveFile=") || arg.startsWith("-Xlog:cds")
                    || arg.equals("-XX:+UnlockDiagnosticVMOptions") || arg.startsWith("-XX:ArchiveRelocationMode=")
                    // and its threshold for compiling method-handle chains (bin/looplab says why)
                    || arg.startsWith("-Djava.lang.invoke.MethodHandle.COMPILE_THRESHOLD=")
                    // and its heap on huge pages, where the kernel has them (bin/looplab says why)
                    || arg.equals("-XX:+UseTransparentHugePages")) {
                cmd.add(arg);
            }
        }
        // And its cache of the runtime's compiled scripts (engine: RuntimeCodeCache).
        String codeCache = System.getProperty("looplab.codeCache");
        if (codeCache != null) {
            cmd.add("-Dlooplab.codeCache=" + codeCache);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(GradeWorker.class.getName());
        cmd.add(Integer.toString(lanes));
        return cmd;
    }

    /** A heap size ({@code 384m}, {@code 1g}, a number of bytes) times {@code n}. */
    static String times(String heap, int n) {
        int digits = 0;
        while (digits < heap.length() && Character.isDigit(heap.charAt(digits))) {
            digits++;
        }
        return Long.parseLong(heap.substring(0, digits)) * n + heap.substring(digits);
    }

    /** How many worker processes were started, replacements and the one-lane worker included. */
    int started() {
        WorkerPool alone = soloIfMade();
        return started.get() + (alone == null ? 0 : alone.started());
    }

    @Override
    public List<RunOutcome> run(Path dir, String name, Duration timeout, Runnable started) throws Died {
        while (true) {
            Retry retry;
            Lane lane = take();
            try {
                Worker worker = ready(lane.host);
                started.run();
                String id = Long.toString(ids.incrementAndGet());
                try {
                    return worker.run(new WorkerProtocol.Request(id, dir.toString(), name, timeout.toMillis()), timeout);
                } catch (Died | Retry e) {
                    if (!worker.alive()) {
                        forget(lane.host, worker); // the next script gets a new one
                    }
                    if (e instanceof Died died) {
                        throw died;
                    }
                    retry = (Retry) e;
                }
            } finally {
                lanes.add(lane);
            }
            if (retry.alone) {
                return solo().run(dir, name, timeout, started);
            }
            // Another script's run ended the worker: this one runs again, on the pool.
        }
    }

    private Lane take() throws Died {
        try {
            return lanes.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Died(Failure.Kind.NOT_GRADED, "interrupted");
        }
    }

    private synchronized WorkerPool solo() throws Died {
        if (closed) {
            throw new Died(Failure.Kind.NOT_GRADED, "the grader is shutting down");
        }
        if (solo == null) {
            solo = new WorkerPool(1, 1, heap);
        }
        return solo;
    }

    private synchronized WorkerPool soloIfMade() {
        return solo;
    }

    /** The host's worker once it is ready, (re)started if need be. */
    private Worker ready(Host host) throws Died {
        synchronized (host) {
            while (true) {
                if (closed) {
                    throw new Died(Failure.Kind.NOT_GRADED, "the grader is shutting down");
                }
                if (host.worker != null && !host.worker.alive()) {
                    host.worker = null; // ended, and the run it ended has not said so yet
                }
                if (host.worker == null) {
                    host.worker = spawn(host);
                }
                if (host.worker.awaitReady()) {
                    bootFailures.set(0);
                    return host.worker;
                }
                String why = host.worker.lastWords();
                host.worker.kill();
                host.worker = null;
                if (bootFailures.incrementAndGet() >= BOOT_FAILURES) {
                    throw new Died(Failure.Kind.NOT_GRADED, "cannot start a grading worker: " + why);
                }
            }
        }
    }

    /** A dead worker leaves its host, unless another lane has already replaced it. */
    private static void forget(Host host, Worker dead) {
        synchronized (host) {
            if (host.worker == dead) {
                host.worker = null;
            }
        }
    }

    private Worker spawnQuietly(Host host) {
        try {
            return spawn(host);
        } catch (Died e) {
            return null; // the first run that needs it tries again and reports why
        }
    }

    private Worker spawn(Host host) throws Died {
        try {
            Process early = WorkerPrestart.take(host.command);
            Worker w = new Worker(early != null ? early : new ProcessBuilder(host.command).start(), heap);
            started.incrementAndGet();
            synchronized (all) {
                all.add(w);
            }
            return w;
        } catch (IOException e) {
            throw new Died(Failure.Kind.NOT_GRADED, "cannot start a grading worker: " + e.getMessage());
        }
    }

    /** Closes every worker's input, which ends it once its runs are done; runs after this fail. */
    @Override
    public void release() {
        closed = true;
        synchronized (all) {
            for (Worker w : all) {
                w.endInput();
            }
        }
        WorkerPool alone = soloIfMade();
        if (alone != null) {
            alone.release();
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            for (Worker w : all) {
                w.close();
            }
        }
        WorkerPool alone = soloIfMade();
        if (alone != null) {
            alone.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
    }

    private void kill() {
        closed = true;
        synchronized (all) {
            for (Worker w : all) {
                w.kill();
            }
        }
    }

    /**
     * The worker ended while this run was in it, and the run was not the cause, or may not have
     * been: it runs again, on the pool or ({@code alone}) by itself.
     */
    private static final class Retry extends Exception {
        final boolean alone;

        Retry(boolean alone) {
            super(null, null, false, false);
            this.alone = alone;
        }
    }

    /** One worker process, the thread that reads its answers and hands them to their runs, and the one that keeps its last words. */
    private static final class Worker {
        private final Process process;
        private final Writer stdin;
        private final Thread reader;
        private final StringBuilder stderr = new StringBuilder();
        private final CountDownLatch started = new CountDownLatch(1);
        private volatile boolean ready;
        /** The runs in flight, by id: where their lines go. Guarded by itself. */
        private final Map<String, BlockingQueue<List<String>>> runs = new HashMap<>();
        /** The process's output ended (guarded by {@code runs}); how many runs were in it then. */
        private boolean ended;
        private int inFlightAtEnd;
        /** What the worker said before it ended itself ({@code GONE why id}). */
        private volatile String goneWhy;
        private volatile String goneId;
        /** The run the grader killed the worker for. */
        private volatile String killedFor;
        private volatile boolean killed;
        private final String heap;

        Worker(Process process, String heap) {
            this.process = process;
            this.heap = heap;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.reader = daemon("looplab-worker-out", () -> pump(process.getInputStream()));
            daemon("looplab-worker-err", () -> drain(process.getErrorStream()));
        }

        /** Hands each line to its run: START by its id, an answer's lines to the id its ANSWER named. */
        private void pump(InputStream out) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
                String answering = null;
                for (String l; (l = r.readLine()) != null; ) {
                    List<String> f = WorkerProtocol.split(l);
                    switch (f.get(0)) {
                        case WorkerProtocol.READY -> {
                            ready = true;
                            started.countDown();
                        }
                        case WorkerProtocol.START -> deliver(f.size() > 1 ? f.get(1) : null, f);
                        case WorkerProtocol.ANSWER -> answering = f.size() > 1 ? f.get(1) : null;
                        case WorkerProtocol.GONE -> {
                            goneWhy = f.size() > 1 ? f.get(1) : "";
                            goneId = f.size() > 2 ? f.get(2) : null;
                        }
                        case WorkerProtocol.DONE, WorkerProtocol.FAIL -> {
                            deliver(answering, f);
                            answering = null;
                        }
                        default -> deliver(answering, f);
                    }
                }
            } catch (IOException ignored) {
                // the process is gone; EOF below says so
            }
            synchronized (runs) {
                ended = true;
                inFlightAtEnd = runs.size();
                for (BlockingQueue<List<String>> q : runs.values()) {
                    q.add(EOF);
                }
            }
            started.countDown();
        }

        private void deliver(String id, List<String> fields) {
            if (id == null) {
                return; // a line outside any answer: not ours
            }
            BlockingQueue<List<String>> q;
            synchronized (runs) {
                q = runs.get(id);
            }
            if (q != null) {
                q.add(fields);
            }
        }

        /** Keeps the last few kilobytes of stderr: a dying JVM's last words. */
        private void drain(InputStream err) {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = err.read(buf)) > 0; ) {
                    synchronized (stderr) {
                        stderr.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                        if (stderr.length() > 8192) {
                            stderr.delete(0, stderr.length() - 8192);
                        }
                    }
                }
            } catch (IOException ignored) {
                // gone
            }
        }

        boolean awaitReady() throws Died {
            try {
                started.await(BOOT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new Died(Failure.Kind.NOT_GRADED, "interrupted");
            }
            return ready && !killed;
        }

        List<RunOutcome> run(WorkerProtocol.Request request, Duration timeout) throws Died, Retry {
            String id = request.id();
            BlockingQueue<List<String>> lines = new LinkedBlockingQueue<>();
            synchronized (runs) {
                if (ended) {
                    throw new Retry(false); // it ended before this run reached it
                }
                runs.put(id, lines);
            }
            try {
                try {
                    synchronized (stdin) {
                        stdin.write(request.line());
                        stdin.write('\n');
                        stdin.flush();
                    }
                } catch (IOException e) {
                    throw new Retry(false); // it ended before this run reached it
                }
                long patience = timeout.plus(GRACE).toNanos();
                long deadline = System.nanoTime() + patience;
                WorkerProtocol.Decoder decoder = new WorkerProtocol.Decoder();
                while (true) {
                    List<String> f = poll(lines, deadline, id);
                    if (f == null) {
                        killedFor = id;
                        kill();
                        throw new Died(Failure.Kind.TIMEOUT, "stopped at the time limit; the script stopped "
                                + "responding, and its worker was replaced");
                    }
                    if (f == EOF) {
                        throw died(id);
                    }
                    switch (f.get(0)) {
                        case WorkerProtocol.START -> deadline = System.nanoTime() + patience;
                        case WorkerProtocol.DONE -> {
                            return decoder.outcomes();
                        }
                        case WorkerProtocol.FAIL -> throw new Died(Failure.Kind.NOT_GRADED,
                                "the worker could not run the script: " + f.get(1));
                        default -> decoder.accept(f);
                    }
                }
            } finally {
                synchronized (runs) {
                    runs.remove(id);
                }
            }
        }

        /**
         * Why the process ended, as a failure of run {@code id} if it caused it; a {@link Retry}
         * if another run did, or if it cannot be told which of the runs in it did.
         */
        private Died died(String id) throws Retry {
            int code;
            try {
                reader.join(5000);
                process.waitFor(5, TimeUnit.SECONDS);
                code = process.isAlive() ? -1 : process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                code = -1;
            }
            kill();
            String gone = goneWhy;
            if (goneId != null || killedFor != null) {
                if (!id.equals(goneId != null ? goneId : killedFor)) {
                    throw new Retry(false);
                }
            } else if (inFlight() > 1) {
                throw new Retry(true);
            }
            if (code == OUT_OF_MEMORY || lastWords().contains("OutOfMemoryError")
                    || WorkerProtocol.GONE_MEMORY.equals(gone)) {
                return new Died(Failure.Kind.MEMORY_LIMIT, "the script used more memory than a grading worker "
                        + "has (" + heap + "), and the worker was replaced");
            }
            if (WorkerProtocol.GONE_FLOOD.equals(gone)) {
                return new Died(Failure.Kind.OUTPUT_LIMIT, "the script wrote more output than allowed, and did not "
                        + "stop at the time limit; its worker was replaced");
            }
            if (code == GradeWorker.UNRESPONSIVE) {
                return new Died(Failure.Kind.TIMEOUT, "stopped at the time limit; the script could not be "
                        + "interrupted, and its worker was replaced");
            }
            return new Died(Failure.Kind.WORKER_CRASH, "the worker running the script died (exit code " + code
                    + ")" + (lastWords().isBlank() ? "" : ": " + lastWords().strip().lines()
                    .reduce((a, b) -> b).orElse("")));
        }

        private int inFlight() {
            synchronized (runs) {
                return ended ? inFlightAtEnd : runs.size();
            }
        }

        private List<String> poll(BlockingQueue<List<String>> lines, long deadline, String id) throws Died {
            try {
                long left = deadline - System.nanoTime();
                return left <= 0 ? lines.poll() : lines.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                killedFor = id;
                kill();
                throw new Died(Failure.Kind.NOT_GRADED, "interrupted");
            }
        }

        boolean alive() {
            synchronized (runs) {
                if (ended) {
                    return false;
                }
            }
            return !killed && process.isAlive();
        }

        String lastWords() {
            synchronized (stderr) {
                return stderr.toString();
            }
        }

        void kill() {
            killed = true;
            process.destroyForcibly();
        }

        /** No more requests: the worker ends when its runs in flight are done. */
        void endInput() {
            try {
                synchronized (stdin) {
                    stdin.close();
                }
            } catch (IOException ignored) {
                // already gone
            }
        }

        void close() {
            endInput();
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }

        private static Thread daemon(String name, Runnable r) {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
            return t;
        }
    }
}
