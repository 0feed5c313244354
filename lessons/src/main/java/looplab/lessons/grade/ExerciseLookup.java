package looplab.lessons.grade;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import looplab.lessons.format.LessonFormatException;
import looplab.lessons.format.PackLoader;
import looplab.lessons.model.Exercise;
import looplab.lessons.model.LessonPack;

/** Finds the EXERCISE of {@code looplab check}/{@code grade}: a Markdown file, or a built-in exercise's id. */
public final class ExerciseLookup {
    private ExerciseLookup() {
    }

    /**
     * @throws LessonFormatException when the file (or the built-in pack) is malformed
     * @throws ExerciseProblem       when there is no such file or exercise
     */
    public static Exercise find(String spec) throws LessonFormatException, ExerciseProblem {
        Path file = Path.of(spec);
        if (Files.isRegularFile(file)) {
            return PackLoader.exerciseFile(file);
        }
        if (spec.endsWith(".md") || spec.contains(java.io.File.separator) && !spec.matches("[a-z0-9-]+/\\d+")) {
            throw new ExerciseProblem("no such exercise file: " + spec);
        }
        LessonPack builtin = PackLoader.builtin();
        Optional<Exercise> found = builtin.exercise(spec);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> ids = builtin.allExercises().stream().map(Exercise::id).toList();
        throw new ExerciseProblem("no exercise file or built-in exercise '" + spec + "'"
                + (ids.isEmpty() ? "" : "; the built-in exercises are " + String.join(", ", ids)));
    }
}
