package looplab.lessons.model;

import java.nio.file.Path;
import java.util.List;

/** A lesson file, parsed. */
public record Lesson(String id, String title, int order, List<Step> steps, List<SupportFile> files,
                     Path source) {

    public List<Exercise> exercises() {
        return steps.stream().filter(Step::isExercise).map(Step::exercise).toList();
    }
}
