package looplab.lessons.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import looplab.lessons.judge.Failure;
import looplab.lessons.run.Program;
import looplab.lessons.run.RunOutcome;
import looplab.lessons.run.SnippetRunner;

/**
 * Runs scripts in this process ({@code --workers 0}): the fastest start, and the sandbox still
 * holds, but a script that exhausts the heap is not isolated from the grader.
 */
final class LocalHost implements ScriptHost {
    private final SnippetRunner runner;

    LocalHost(SnippetRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<RunOutcome> run(Path dir, String name, Duration timeout, Runnable started) throws Died {
        started.run();
        String code;
        try {
            code = new String(Files.readAllBytes(dir.resolve(name)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Died(Failure.Kind.NOT_GRADED, "cannot read the script: " + e.getMessage());
        }
        try {
            // The traces are not kept: a class's results would hold every event of every run.
            return runner.explore(new Program(name, code, List.of(), timeout), dir).stream()
                    .map(o -> new RunOutcome(o.lines(), o.scheduled(), o.races(), o.choices(), o.exitCode(), o.fatal(),
                            o.timedOut(), List.of()))
                    .toList();
        } catch (OutOfMemoryError e) {
            throw new Died(Failure.Kind.MEMORY_LIMIT, "the script used more memory than the grader has");
        }
    }

    @Override
    public void close() {
    }
}
