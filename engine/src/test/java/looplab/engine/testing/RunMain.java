package looplab.engine.testing;

import java.io.IOException;
import java.nio.file.Path;

/** {@code looplab run --trace=off FILE} for a test that needs a process of its own: prints and exits as the run did. */
public final class RunMain {
    private RunMain() {
    }

    public static void main(String[] args) throws IOException {
        Runs.Result result = Runs.file(Path.of(args[0]), false);
        System.out.print(result.stdout());
        System.err.print(result.stderr());
        System.out.flush();
        System.err.flush();
        System.exit(result.exitCode());
    }
}
