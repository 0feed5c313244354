package looplab.lessons.tutor;

import java.nio.file.Path;

/**
 * Where looplab keeps a learner's things: {@code ~/.looplab}, or {@code $LOOPLAB_HOME} when it
 * is set (tests always set it). It holds {@code progress.json} and {@code work/}, the scripts
 * of write exercises.
 */
public record LooplabHome(Path dir) {

    /** From the environment of this process. */
    public static LooplabHome fromEnvironment() {
        return of(System.getenv("LOOPLAB_HOME"), System.getProperty("user.home"));
    }

    /** {@code env} when given, else {@code userHome/.looplab}. */
    public static LooplabHome of(String env, String userHome) {
        if (env != null && !env.isBlank()) {
            return new LooplabHome(Path.of(env).toAbsolutePath());
        }
        return new LooplabHome(Path.of(userHome, ".looplab").toAbsolutePath());
    }

    public Path progressFile() {
        return dir.resolve("progress.json");
    }

    /** A write exercise's script: {@code work/LESSON-ID/N.js} for exercise {@code LESSON-ID/N}. */
    public Path workFile(String exerciseId) {
        return dir.resolve("work").resolve(exerciseId + ".js");
    }
}
