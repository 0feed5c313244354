package looplab.lessons.grade;

import java.io.IOException;
import java.util.List;

/**
 * The grading worker a {@code looplab grade} run will most likely need, started before anything
 * else: a worker's JVM and engine take about a second to come up, and the grade process spent
 * the first part of that (picocli, the exercise, the scratch copy) with the worker not yet
 * started and a core idle. The pool adopts the process when it needs a worker of exactly the
 * same command ({@link WorkerPool#command}); a worker of any other command (another heap, one
 * lane for a class of one) is started as before, and a process nobody adopts is ended.
 *
 * <p>Nothing about grading changes with it: the adopted process is the one the pool would have
 * started, supervised from then on as any other; only its start comes earlier.
 */
public final class WorkerPrestart {
    /** Guarded by the class. */
    private static Process process;
    private static List<String> command;

    private WorkerPrestart() {
    }

    /**
     * Starts the worker a pool of {@code scriptsAtOnce} lanes and this heap cap starts first,
     * unless one was started already.
     */
    public static synchronized void start(String heap, int scriptsAtOnce) {
        if (process != null || scriptsAtOnce < 1) {
            return;
        }
        List<String> cmd = WorkerPool.command(heap, Math.min(scriptsAtOnce, WorkerPool.LANES));
        try {
            process = new ProcessBuilder(cmd).start();
            command = cmd;
        } catch (IOException e) {
            // The pool starts its worker itself, and says why if it cannot either.
        }
    }

    /**
     * The started process if it runs exactly {@code cmd} and is still alive; {@code null}
     * otherwise, and a process that does not fit is ended. Either way it is handed out once.
     */
    static synchronized Process take(List<String> cmd) {
        Process p = process;
        process = null;
        if (p == null) {
            return null;
        }
        if (!cmd.equals(command) || !p.isAlive()) {
            p.destroyForcibly();
            return null;
        }
        return p;
    }

    /** Ends a started process nobody adopted (a predict exercise, a usage error, no workers). */
    public static synchronized void discard() {
        if (process != null) {
            process.destroyForcibly();
            process = null;
        }
    }
}
