package looplab.lessons.grade;

import java.net.URISyntaxException;
import java.nio.file.Path;
import looplab.lessons.format.PackLoader;
import looplab.lessons.model.Exercise;

/** The test exercises under {@code src/test/resources/looplab/lessons/grade/}. */
public final class Exercises {
    private Exercises() {
    }

    public static Path dir(String name) {
        try {
            return Path.of(Exercises.class.getResource("/looplab/lessons/grade/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Exercise load(String name) {
        try {
            return PackLoader.exerciseFile(dir(name).resolve("exercise.md"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
