package looplab.lessons.model;

import java.util.List;

/**
 * One screen of a lesson: a heading, prose, at most one runnable snippet with what is attached
 * to it, or an exercise.
 *
 * @param heading  the {@code ## } heading, or the lesson title for the introduction
 * @param prose    Markdown text, illustrations included
 * @param snippet  the step's run/predict snippet, or {@code null}
 * @param coda     prose after the snippet (a question to the learner, say), or empty
 * @param hints    layered hints for the snippet
 * @param why      shown after the run, or {@code null}
 * @param race     why several orders are legal, or {@code null}
 * @param exercise the step's exercise, or {@code null}
 * @param line     the heading's line
 */
public record Step(String heading, String prose, Snippet snippet, String coda, List<String> hints, String why,
                   String race, Exercise exercise, int line) {

    public boolean isExercise() {
        return exercise != null;
    }
}
