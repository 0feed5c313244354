package looplab.lessons.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson file, parsed.
 *
 * @param source the file on disk, or {@code null} for a built-in lesson
 * @param file   the file's name as messages give it ({@code builtin/01-welcome.md}, or the path)
 */
public record Lesson(String id, String title, int order, List<Step> steps, List<SupportFile> files,
                     Path source, String file) {

    public List<Exercise> exercises() {
        return steps.stream().filter(Step::isExercise).map(Step::exercise).toList();
    }
}
