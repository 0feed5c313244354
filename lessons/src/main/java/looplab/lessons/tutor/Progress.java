package looplab.lessons.tutor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A learner's progress in every lesson, by lesson id; {@link ProgressStore} keeps it on disk. */
public final class Progress {
    private final Map<String, LessonProgress> lessons = new LinkedHashMap<>();

    public LessonProgress lesson(String id) {
        return lessons.computeIfAbsent(id, k -> new LessonProgress());
    }

    /** How far the learner got in {@code lesson} (nothing is recorded by asking). */
    public LessonProgress.Summary summary(looplab.lessons.model.Lesson lesson) {
        LessonProgress p = lessons.get(lesson.id());
        return (p == null ? new LessonProgress() : p).summary(lesson);
    }

    /** Forgets one lesson; returns whether anything was recorded for it. */
    public boolean forget(String id) {
        return lessons.remove(id) != null;
    }

    public Map<String, LessonProgress> lessons() {
        return Collections.unmodifiableMap(lessons);
    }
}
