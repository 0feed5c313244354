package looplab.lessons.grade;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import looplab.lessons.judge.Failure;
import looplab.lessons.run.RunOutcome;

/** Where student scripts run: worker processes ({@link WorkerPool}) or this one ({@link LocalHost}). */
interface ScriptHost extends AutoCloseable {

    /**
     * Runs {@code dir/name} with {@code dir} as its root, every order it can print (its default
     * order first).
     *
     * @throws Died when the run took its host down with it (memory, a hang past the limit)
     */
    default List<RunOutcome> run(Path dir, String name, Duration timeout) throws Died {
        return run(dir, name, timeout, () -> { });
    }

    /**
     * {@link #run(Path, String, Duration)}, calling {@code started} when the script starts: after
     * any wait for a free worker, or for a new one to start.
     */
    List<RunOutcome> run(Path dir, String name, Duration timeout, Runnable started) throws Died;

    /**
     * No run follows: the host may start letting its workers go while its caller still works
     * (writing the reports); {@link #close} then waits for whatever is left.
     */
    default void release() {
    }

    @Override
    void close();

    /** The run ended its host: the script gets this failure instead of a verdict. */
    final class Died extends Exception {
        final Failure failure;

        Died(Failure.Kind kind, String message) {
            super(message, null, false, false);
            this.failure = new Failure(kind, message);
        }
    }
}
