package looplab.lessons.tutor;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.Step;

/** One lesson's progress: a record per step visited, by the step's index in the lesson. */
public final class LessonProgress {
    private final Map<Integer, StepRecord> steps = new TreeMap<>();

    /** How far a learner got, for the menu. */
    public record Summary(int done, int steps, int scored, double score) {
        public boolean finished() {
            return steps > 0 && done >= steps;
        }

        public boolean started() {
            return done > 0;
        }

        /** The mean score of the questions answered, 0–100, or -1 when none was. */
        public int percent() {
            return scored == 0 ? -1 : (int) Math.round(100 * score / scored);
        }
    }

    public Map<Integer, StepRecord> steps() {
        return Collections.unmodifiableMap(steps);
    }

    public StepRecord step(int index) {
        return steps.get(index);
    }

    void put(int index, StepRecord record) {
        steps.put(index, record);
    }

    /** The record of a step, a fresh one when it was never visited. */
    StepRecord recordOf(Lesson lesson, int index) {
        StepRecord r = steps.get(index);
        if (r != null) {
            return r;
        }
        Step s = lesson.steps().get(index);
        return StepRecord.fresh(s.heading(), s.isExercise() ? s.exercise().id() : null);
    }

    public boolean isDone(int index) {
        StepRecord r = steps.get(index);
        return r != null && r.done();
    }

    /** Where a returning learner resumes: the first step not done, or 0 when every one is. */
    public int resumeAt(int stepCount) {
        for (int i = 0; i < stepCount; i++) {
            if (!isDone(i)) {
                return i;
            }
        }
        return 0;
    }

    public Summary summary(Lesson lesson) {
        int count = lesson.steps().size();
        int done = 0;
        int scored = 0;
        double score = 0;
        for (Map.Entry<Integer, StepRecord> e : steps.entrySet()) {
            if (e.getKey() >= count) {
                continue; // the lesson has fewer steps than when this was recorded
            }
            StepRecord r = e.getValue();
            if (r.done()) {
                done++;
            }
            if (r.score() != null) {
                scored++;
                score += r.score();
            }
        }
        return new Summary(done, count, scored, score);
    }
}
