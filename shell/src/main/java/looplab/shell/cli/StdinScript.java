package looplab.shell.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import looplab.engine.js.ScriptSource;
import looplab.engine.node.NodeRuntime;
import looplab.engine.node.RunOptions;

/** {@code echo 'console.log(1)' | looplab}: stdin is one script named {@code [stdin]}, as in node. */
final class StdinScript {
    private StdinScript() {
    }

    static int run(TraceOptions traceOptions) throws IOException {
        String code = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        Path cwd = Path.of("").toAbsolutePath();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Not a terminal: AnsiStyle.forStdout() is plain, so the trace has no colour.
        RunOptions options = traceOptions.apply(RunOptions.defaults(out, err), out)
                .withArgv(List.of("/usr/local/bin/node"))
                .withEnv(new HashMap<>(System.getenv()));
        int code0 = new NodeRuntime(options).run(new ScriptSource("[stdin]", code, cwd.resolve("[stdin]").toString()));
        out.flush();
        return code0;
    }
}
