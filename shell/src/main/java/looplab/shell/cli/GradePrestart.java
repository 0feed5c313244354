package looplab.shell.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import looplab.lessons.grade.GradeOptions;
import looplab.lessons.grade.WorkerPrestart;

/**
 * Starts the grading worker of a {@code looplab grade} command line before picocli parses it
 * ({@link WorkerPrestart}): picocli's model, the exercise and the scratch copy cost the grade
 * process about 0.35 s of CPU before the grader starts its pool, while a core stayed idle.
 *
 * <p>Only a guess at the worker the pool will want, read from {@code --workers} and
 * {@code --worker-heap} as they usually appear: the pool adopts the process only if its command
 * is exactly the one it would have started, so a wrong guess costs a discarded start, never a
 * different grading. Help, version, an argument file, an odd value or a class without a script
 * (a predict exercise's answers) start nothing.
 */
public final class GradePrestart {
    /** grade's options that take a value, as picocli reads {@code --name VALUE}. */
    private static final Set<String> WITH_VALUE =
            Set.of("--workers", "--worker-heap", "--out", "--format", "--timeout", "--root");

    private GradePrestart() {
    }

    /** The pool a grade command line most likely makes: scripts at once, heap cap per script. */
    record Guess(int workers, String heap) {
    }

    /** Whether {@code argv} is a grade command line and a worker was started for it. */
    public static boolean start(String[] argv) {
        Guess guess = guess(argv);
        if (guess == null) {
            return false;
        }
        WorkerPrestart.start(guess.heap(), guess.workers());
        return true;
    }

    /** The pool {@code argv} most likely makes, or {@code null} when it is better not to guess. */
    static Guess guess(String[] argv) {
        if (argv.length < 3 || !argv[0].equals("grade")) {
            return null;
        }
        GradeOptions defaults = GradeOptions.defaults();
        int workers = defaults.workers();
        String heap = defaults.heap();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < argv.length; i++) {
            String arg = argv[i];
            if (arg.equals("--")) {
                positional.addAll(Arrays.asList(argv).subList(i + 1, argv.length));
                break;
            }
            if (arg.startsWith("@") || arg.equals("-h") || arg.equals("--help") || arg.equals("-V")
                    || arg.equals("--version")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                positional.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < argv.length && WITH_VALUE.contains(arg)) {
                value = argv[++i];
            }
            if (name.equals("--workers")) {
                if (value == null || !value.matches("\\d{1,2}")) {
                    return null;
                }
                workers = Integer.parseInt(value);
            } else if (name.equals("--worker-heap")) {
                if (value == null || !value.matches("\\d+[kKmMgG]?")) {
                    return null;
                }
                heap = value;
            }
        }
        if (workers < 1 || positional.size() < 2 || !anyScript(positional.subList(1, positional.size()))) {
            return null; // scripts in this process, a usage error, or predictions: no worker
        }
        return new Guess(workers, heap);
    }

    /**
     * Whether a submission is a script: a {@code .js} file, or a directory holding one (a write
     * exercise's submissions; a predict exercise's are {@code .txt} answers and need no worker).
     */
    private static boolean anyScript(List<String> submissions) {
        for (String s : submissions) {
            Path p = Path.of(s);
            if (s.endsWith(".js") && Files.isRegularFile(p)) {
                return true;
            }
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> scripts = Files.newDirectoryStream(p, "*.js")) {
                    if (scripts.iterator().hasNext()) {
                        return true;
                    }
                } catch (IOException | RuntimeException e) {
                    // unreadable: picocli's and the grader's turn to say so
                }
            }
        }
        return false;
    }
}
