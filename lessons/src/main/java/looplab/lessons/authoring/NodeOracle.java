package looplab.lessons.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import looplab.lessons.model.SupportFile;
import looplab.lessons.run.Program;
import looplab.lessons.run.SnippetRunner;

/**
 * Real Node, when it is installed: runs a program in a scratch directory with its support files
 * and returns what it printed on stdout. This is what keeps a lesson from teaching an order Node
 * never prints.
 */
public final class NodeOracle {
    private final String executable;

    private NodeOracle(String executable) {
        this.executable = executable;
    }

    /** The {@code node} on the PATH ({@code LOOPLAB_NODE} overrides it), or {@code null}. */
    public static NodeOracle find() {
        String override = System.getenv("LOOPLAB_NODE");
        if (override != null) {
            return override.isBlank() || override.equals("none") ? null : new NodeOracle(override);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "node");
            if (Files.isExecutable(candidate)) {
                return new NodeOracle(candidate.toString());
            }
        }
        return null;
    }

    /** A given executable, run as {@code node} would be. */
    public static NodeOracle at(String executable) {
        return new NodeOracle(executable);
    }

    public String executable() {
        return executable;
    }

    /** What {@code node FILE} printed on stdout, or {@code null} when it did not finish in time. */
    public Result run(Program program) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("looplab-node").toRealPath();
        try {
            for (SupportFile f : program.files()) {
                Path target = dir.resolve(f.name());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.content());
            }
            Path file = dir.resolve(program.name());
            Files.writeString(file, program.code());
            Path out = dir.resolve(".stdout");
            ProcessBuilder pb = new ProcessBuilder(executable, file.getFileName().toString())
                    .directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().remove("NODE_OPTIONS");
            Process process = pb.start();
            Duration limit = program.timeout().plusSeconds(5);
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(null, -1);
            }
            return new Result(Files.readString(out, StandardCharsets.UTF_8), process.exitValue());
        } finally {
            SnippetRunner.delete(dir);
        }
    }

    /** Node's stdout ({@code null} when it timed out) and exit code. */
    public record Result(String stdout, int exitCode) {}
}
