package looplab.lessons.tutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.LessonPack;

/** The list of lessons a learner picks from, with how far they got in each. */
public final class Menu {
    private Menu() {
    }

    /** One line of the menu; {@code number} counts from 1 in the pack's order. */
    public record Entry(int number, Lesson lesson, LessonProgress.Summary summary) {}

    public static List<Entry> entries(LessonPack pack, Progress progress) {
        List<Entry> out = new ArrayList<>();
        for (Lesson l : pack.lessons()) {
            out.add(new Entry(out.size() + 1, l, progress.summary(l)));
        }
        return out;
    }

    /** A lesson by its number in the menu or by its id. */
    public static Optional<Lesson> pick(LessonPack pack, String choice) {
        String c = choice.strip();
        if (c.matches("\\d{1,4}")) {
            int n = Integer.parseInt(c);
            return n >= 1 && n <= pack.lessons().size() ? Optional.of(pack.lessons().get(n - 1)) : Optional.empty();
        }
        return pack.lesson(c);
    }

    /** The lesson to go on with: the first not finished. */
    public static Optional<Entry> suggested(List<Entry> entries) {
        return entries.stream().filter(e -> !e.summary().finished()).findFirst();
    }

    /** {@code welcome, call-stack, …} for an error message. */
    public static String ids(LessonPack pack) {
        return String.join(", ", pack.lessons().stream().map(Lesson::id).toList());
    }
}
