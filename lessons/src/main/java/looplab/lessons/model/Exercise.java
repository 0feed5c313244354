package looplab.lessons.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Something a student's answer is graded against: a program whose output order they predict,
 * or a target output order their own script must produce.
 *
 * @param id          {@code LESSON-ID/N} inside a lesson, the front matter's id for a file
 * @param title       one line
 * @param kind        predict or write
 * @param scoring     how partial answers score
 * @param task        the task, as Markdown prose
 * @param reference   the program predicted, or the teacher's solution
 * @param starter     a write exercise's starting file, or {@code null}
 * @param constraints rules a written script must follow
 * @param hints       layered hints
 * @param why         shown after the answer, or {@code null}
 * @param race        why several orders are legal, or {@code null} when the program has no race
 * @param files       support files the program runs beside
 * @param source      the Markdown file it came from, or {@code null} for a built-in one
 * @param file        that file's name as messages give it ({@code builtin/02-call-stack.md})
 * @param points      what a full score is worth where a report counts points (Gradescope's
 *                    {@code max_score}); the front matter's {@code points}, 1 by default
 */
public record Exercise(String id, String title, Kind kind, Scoring scoring, String task,
                       Snippet reference, Snippet starter, List<Constraint> constraints,
                       List<String> hints, String why, String race, List<SupportFile> files,
                       Path source, String file, double points) {

    public enum Kind { PREDICT, WRITE }

    public enum Scoring { LCS, ALL }
}
