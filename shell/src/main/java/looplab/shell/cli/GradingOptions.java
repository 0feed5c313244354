package looplab.shell.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import looplab.lessons.grade.GradeOptions;
import looplab.lessons.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code looplab check} and {@code looplab grade} share. */
public final class GradingOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (default), json, junit, tap or gradescope.")
    ReportFormat format;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Limit per run of a script (500ms, 5s, 2m; a bare number is seconds). "
                    + "Default: the exercise's, 5s unless it says otherwise.")
    Duration timeout;

    @Option(names = "--root", paramLabel = "DIR",
            description = "The directory each script gets a fresh scratch copy of, and is confined to "
                    + "(default: the exercise's directory).")
    Path root;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = GradeOptions.DEFAULT_HEAP,
            description = "Heap cap per script a worker process runs at once (a worker running two has twice "
                    + "that); a script that needs more fails with 'memory limit exceeded' (default ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--debug", description = "Show Java stack traces of looplab's own failures.")
    boolean debug;

    GradeOptions apply(GradeOptions base, CommandLine cli) {
        GradeOptions o = base.withHeap(heap);
        if (timeout != null) {
            o = o.withTimeout(timeout); // positive: DurationConverter sees to it
        }
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new CommandLine.ParameterException(cli, "--worker-heap: '" + heap + "' is not a size (try 256m, 1g)");
        }
        if (root != null) {
            if (!Files.isDirectory(root)) {
                throw new CommandLine.ParameterException(cli, "--root: not a directory: " + root);
            }
            o = o.withRoot(root.toAbsolutePath());
        }
        return o;
    }

    /** {@code --format}, in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a format (text, json, junit, tap, gradescope)");
            }
        }
    }
}
