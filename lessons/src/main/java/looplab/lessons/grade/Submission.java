package looplab.lessons.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import looplab.lessons.model.Exercise;

/**
 * One student's answer file (a predict exercise) or script (a write exercise).
 *
 * @param name how reports name it: the file name, or its path as given when two share a name
 * @param file where it is
 */
public record Submission(String name, Path file) {

    /** The file extension a directory's submissions have: {@code .txt} answers, {@code .js} scripts. */
    public static String extension(Exercise.Kind kind) {
        return kind == Exercise.Kind.PREDICT ? ".txt" : ".js";
    }

    /**
     * The submissions named on a command line: files as they are, and every file with the
     * exercise's extension in each directory (not in its subdirectories), in name order.
     *
     * @throws IllegalArgumentException for a path that does not exist
     */
    public static List<Submission> collect(List<Path> paths, Exercise.Kind kind) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> f.getFileName().toString().endsWith(extension(kind)))
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Path f : files) {
            seen.merge(f.getFileName().toString(), 1, Integer::sum);
        }
        List<Submission> out = new ArrayList<>();
        for (Path f : files) {
            String base = f.getFileName().toString();
            out.add(new Submission(seen.get(base) > 1 ? f.toString() : base, f));
        }
        return out;
    }
}
