package looplab.lessons.grade;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * How a grading run goes.
 *
 * @param timeout  the limit per run of a script, or {@code null} for the exercise's own (5 s by default)
 * @param root     the directory each script gets a fresh copy of, or {@code null} for the exercise's
 * @param workers  scripts running at once, in worker processes of two lanes each
 *                 ({@link WorkerPool#LANES}); 0 runs them in this process (no memory isolation)
 * @param heap     the heap cap per script a worker runs at once ({@code 384m}; a worker of two
 *                 lanes has twice that)
 * @param exclude  files and directories never copied into a script's directory
 */
public record GradeOptions(Duration timeout, Path root, int workers, String heap, Set<Path> exclude) {

    public static final String DEFAULT_HEAP = "384m";

    public static GradeOptions defaults() {
        return new GradeOptions(null, null, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                DEFAULT_HEAP, Set.of());
    }

    public GradeOptions withTimeout(Duration t) {
        return new GradeOptions(t, root, workers, heap, exclude);
    }

    public GradeOptions withRoot(Path r) {
        return new GradeOptions(timeout, r, workers, heap, exclude);
    }

    public GradeOptions withWorkers(int n) {
        return new GradeOptions(timeout, root, n, heap, exclude);
    }

    public GradeOptions withHeap(String h) {
        return new GradeOptions(timeout, root, workers, h, exclude);
    }

    public GradeOptions withExclude(Set<Path> paths) {
        return new GradeOptions(timeout, root, workers, heap, Set.copyOf(paths));
    }
}
