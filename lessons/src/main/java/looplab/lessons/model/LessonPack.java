package looplab.lessons.model;

import java.util.List;
import java.util.Optional;

/**
 * The lessons and standalone exercises of one pack (the built-in one, or a teacher's directory),
 * lessons in their order.
 *
 * @param name      where it came from, for messages ({@code built-in}, or the directory)
 * @param lessons   in {@code order}, then file name
 * @param exercises standalone exercise files
 */
public record LessonPack(String name, List<Lesson> lessons, List<Exercise> exercises) {

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** A standalone exercise by id, or a lesson's {@code LESSON-ID/N}. */
    public Optional<Exercise> exercise(String id) {
        Optional<Exercise> standalone = exercises.stream().filter(e -> e.id().equals(id)).findFirst();
        if (standalone.isPresent()) {
            return standalone;
        }
        return lessons.stream().flatMap(l -> l.exercises().stream()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** Every exercise: standalone ones and those inside lessons. */
    public List<Exercise> allExercises() {
        return java.util.stream.Stream.concat(lessons.stream().flatMap(l -> l.exercises().stream()),
                exercises.stream()).toList();
    }

    /** A pack with {@code other}'s lessons and exercises added (a teacher's pack beside the built-in one). */
    public LessonPack with(LessonPack other) {
        List<Lesson> ls = new java.util.ArrayList<>(lessons);
        ls.addAll(other.lessons);
        ls.sort(java.util.Comparator.comparingInt(Lesson::order));
        List<Exercise> es = new java.util.ArrayList<>(exercises);
        es.addAll(other.exercises);
        return new LessonPack(name + " + " + other.name, List.copyOf(ls), List.copyOf(es));
    }
}
