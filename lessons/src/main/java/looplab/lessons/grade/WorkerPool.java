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
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import looplab.lessons.judge.Failure;
import looplab.lessons.run.RunOutcome;

/**
 * Supervised worker processes ({@link GradeWorker}), each a JVM with a heap cap that runs many
 * scripts on its warm engine. A worker that dies takes only the script it was running with it:
 * that script is recorded as "memory limit exceeded" (the JVM's out-of-memory exit) or
 * "crashed", and the next script gets a new worker. A worker silent past a run's time limit
 * plus {@link #GRACE} is killed, its script recorded as timed out.
 */
final class WorkerPool implements ScriptHost {
    /** How long past its time limit a run may take to be reported (engine start, a slow machine). */
    static final Duration GRACE = Duration.ofSeconds(10);
    /** How long a new worker may take to start and warm up. */
    static final Duration BOOT = Duration.ofSeconds(120);
    /** The exit code of {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY = 3;
    /** Workers that die before they are ready, in a row, before the pool gives up. */
    private static final int BOOT_FAILURES = 3;
    private static final String EOF = "\u0000eof";

    private final List<String> command;
    private final String heap;
    private final BlockingQueue<Slot> slots;
    private final List<Worker> all = new ArrayList<>();
    private final AtomicInteger bootFailures = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private volatile boolean closed;
    /** Ends the workers if the grader is stopped (Ctrl-C) before it closes the pool. */
    private final Thread reaper = new Thread(this::kill, "looplab-worker-reaper");

    /** A place for one worker; {@code worker} is {@code null} until one is (re)started. */
    private static final class Slot {
        Worker worker;
    }

    /**
     * @param size how many workers run at once
     * @param heap the heap cap of each ({@code 384m})
     */
    WorkerPool(int size, String heap) {
        this(size, command(heap), heap);
    }

    WorkerPool(int size, List<String> command, String heap) {
        this.command = List.copyOf(command);
        this.heap = heap;
        // Fair: a script's thread handing its worker back cannot take it again ahead of one
        // already waiting (the reference, which runs alongside the first scripts).
        this.slots = new ArrayBlockingQueue<>(size, true);
        Runtime.getRuntime().addShutdownHook(reaper);
        for (int i = 0; i < size; i++) {
            Slot slot = new Slot();
            slot.worker = spawnQuietly();
            slots.add(slot);
        }
    }

    /** The command that starts a worker: this JVM's java and class path, and its start-up flags. */
    static List<String> command(String heap) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
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
                    || arg.equals("-XX:+UnlockDiagnosticVMOptions") || arg.startsWith("-XX:ArchiveRelocationMode=")) {
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
        return cmd;
    }

    /** How many worker processes were started, replacements included. */
    int started() {
        return started.get();
    }

    @Override
    public List<RunOutcome> run(Path dir, String name, Duration timeout, Runnable started) throws Died {
        Slot slot;
        try {
            slot = slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Died(Failure.Kind.NOT_GRADED, "interrupted");
        }
        try {
            Worker worker = ready(slot);
            started.run();
            try {
                return worker.run(new WorkerProtocol.Request(dir.toString(), name, timeout.toMillis()), timeout);
            } catch (Died died) {
                if (!worker.alive()) {
                    slot.worker = null; // the next script gets a new one
                }
                throw died;
            }
        } finally {
            slots.add(slot);
        }
    }

    /** The slot's worker once it is ready, (re)started if need be. */
    private Worker ready(Slot slot) throws Died {
        while (true) {
            if (closed) {
                throw new Died(Failure.Kind.NOT_GRADED, "the grader is shutting down");
            }
            if (slot.worker == null) {
                slot.worker = spawn();
            }
            if (slot.worker.awaitReady()) {
                bootFailures.set(0);
                return slot.worker;
            }
            String why = slot.worker.lastWords();
            slot.worker.kill();
            slot.worker = null;
            if (bootFailures.incrementAndGet() >= BOOT_FAILURES) {
                throw new Died(Failure.Kind.NOT_GRADED, "cannot start a grading worker: " + why);
            }
        }
    }

    private Worker spawnQuietly() {
        try {
            return spawn();
        } catch (Died e) {
            return null; // the first run that needs it tries again and reports why
        }
    }

    private Worker spawn() throws Died {
        try {
            Worker w = new Worker(new ProcessBuilder(command).start(), heap);
            started.incrementAndGet();
            synchronized (all) {
                all.add(w);
            }
            return w;
        } catch (IOException e) {
            throw new Died(Failure.Kind.NOT_GRADED, "cannot start a grading worker: " + e.getMessage());
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

    /** One worker process and the threads that read it. */
    private static final class Worker {
        private final Process process;
        private final Writer stdin;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder stderr = new StringBuilder();
        private boolean ready;
        private volatile boolean killed;
        private final String heap;

        Worker(Process process, String heap) {
            this.process = process;
            this.heap = heap;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            daemon("looplab-worker-out", () -> pump(process.getInputStream()));
            daemon("looplab-worker-err", () -> drain(process.getErrorStream()));
        }

        private void pump(InputStream out) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
            } catch (IOException ignored) {
                // the process is gone; EOF below says so
            }
            lines.add(EOF);
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
            if (ready) {
                return true;
            }
            long deadline = System.nanoTime() + BOOT.toNanos();
            while (true) {
                String line = poll(deadline);
                if (line == null || line.equals(EOF)) {
                    return false;
                }
                if (line.equals(WorkerProtocol.READY)) {
                    ready = true;
                    return true;
                }
            }
        }

        List<RunOutcome> run(WorkerProtocol.Request request, Duration timeout) throws Died {
            try {
                stdin.write(request.line());
                stdin.write('\n');
                stdin.flush();
            } catch (IOException e) {
                throw died(null);
            }
            long patience = timeout.plus(GRACE).toNanos();
            long deadline = System.nanoTime() + patience;
            WorkerProtocol.Decoder decoder = new WorkerProtocol.Decoder();
            String gone = null;
            while (true) {
                String line = poll(deadline);
                if (line == null) {
                    kill();
                    throw new Died(Failure.Kind.TIMEOUT, "stopped at the time limit; the script stopped "
                            + "responding, and its worker was replaced");
                }
                if (line.equals(EOF)) {
                    throw died(gone);
                }
                List<String> f = WorkerProtocol.split(line);
                switch (f.get(0)) {
                    case WorkerProtocol.START -> deadline = System.nanoTime() + patience;
                    case WorkerProtocol.DONE -> {
                        return decoder.outcomes();
                    }
                    case WorkerProtocol.FAIL -> throw new Died(Failure.Kind.NOT_GRADED,
                            "the worker could not run the script: " + f.get(1));
                    case WorkerProtocol.GONE -> gone = f.get(1);
                    default -> decoder.accept(f);
                }
            }
        }

        /**
         * Why the process ended, as a failure of the script it was running.
         *
         * @param gone what the worker said before it ended itself, or {@code null}
         */
        private Died died(String gone) {
            int code;
            try {
                process.waitFor(5, TimeUnit.SECONDS);
                code = process.isAlive() ? -1 : process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                code = -1;
            }
            kill();
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

        private String poll(long deadline) throws Died {
            try {
                long left = deadline - System.nanoTime();
                return left <= 0 ? lines.poll() : lines.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new Died(Failure.Kind.NOT_GRADED, "interrupted");
            }
        }

        boolean alive() {
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

        void close() {
            try {
                stdin.close();
            } catch (IOException ignored) {
                // already gone
            }
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }

        private static void daemon(String name, Runnable r) {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        }
    }
}
