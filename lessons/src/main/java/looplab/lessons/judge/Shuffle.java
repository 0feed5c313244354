package looplab.lessons.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The numbered list a learner reorders. It is the output lines in an order fixed by a seed (the
 * exercise's id), so a student answering {@code 3 1 2} in a file means the same lines when a
 * grader reads it later; never the real order, when there is more than one line.
 */
public final class Shuffle {
    private Shuffle() {
    }

    public static List<String> of(List<String> lines, String seed) {
        List<String> shuffled = new ArrayList<>(lines);
        if (lines.size() < 2) {
            return shuffled;
        }
        Random random = new Random(seed.hashCode() * 31L + lines.hashCode());
        for (int attempt = 0; attempt < 8 && shuffled.equals(lines); attempt++) {
            java.util.Collections.shuffle(shuffled, random);
        }
        if (shuffled.equals(lines)) {
            // All lines equal, or bad luck eight times: a rotation is never the real order.
            shuffled.add(shuffled.remove(0));
        }
        return shuffled;
    }
}
