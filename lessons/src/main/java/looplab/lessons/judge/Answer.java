package looplab.lessons.judge;

import java.util.ArrayList;
import java.util.List;

/**
 * A predicted output order, as a learner types it or a student's answer file holds it: the lines
 * themselves, one per line, or the numbers of a shuffled list in order ({@code 3 1 2}, or one
 * number per line).
 */
public final class Answer {
    private Answer() {
    }

    /**
     * The predicted lines.
     *
     * @param text     what the learner typed or the file holds
     * @param shuffled the numbered list they were shown (numbers count from 1)
     * @throws IllegalArgumentException with a message for the learner when numbers are used but
     *                                  are not a reordering of the list
     */
    public static List<String> parse(String text, List<String> shuffled) {
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        List<String> tokens = numbers(lines);
        if (tokens != null && looksLikeNumbers(tokens, shuffled, lines)) {
            List<String> predicted = new ArrayList<>();
            boolean[] used = new boolean[shuffled.size()];
            for (String t : tokens) {
                int n = Integer.parseInt(t);
                if (n < 1 || n > shuffled.size()) {
                    throw new IllegalArgumentException("there is no line " + n + " (the list has "
                            + shuffled.size() + ")");
                }
                if (used[n - 1]) {
                    throw new IllegalArgumentException("line " + n + " is given twice");
                }
                used[n - 1] = true;
                predicted.add(shuffled.get(n - 1));
            }
            if (predicted.size() != shuffled.size()) {
                throw new IllegalArgumentException("give all " + shuffled.size() + " numbers, in the order "
                        + "you expect the lines (" + predicted.size() + " given)");
            }
            return predicted;
        }
        List<String> predicted = new ArrayList<>();
        for (String l : lines) {
            predicted.add(stripEnd(l));
        }
        return predicted;
    }

    /** The numbers in the answer, or {@code null} if it is not made of numbers only. */
    private static List<String> numbers(List<String> lines) {
        List<String> tokens = new ArrayList<>();
        for (String l : lines) {
            for (String t : l.strip().split("[\\s,]+")) {
                if (t.isEmpty()) {
                    continue;
                }
                if (!t.matches("\\d{1,4}")) {
                    return null;
                }
                tokens.add(t);
            }
        }
        return tokens.isEmpty() ? null : tokens;
    }

    /**
     * Numbers are positions in the list unless the program itself prints these numbers one per
     * line (then typing them is typing the lines).
     */
    private static boolean looksLikeNumbers(List<String> tokens, List<String> shuffled, List<String> lines) {
        if (shuffled.size() < 2) {
            return false;
        }
        boolean oneLine = lines.size() == 1;
        if (oneLine) {
            return true;
        }
        List<String> typed = lines.stream().map(String::strip).sorted().toList();
        List<String> actual = shuffled.stream().map(String::strip).sorted().toList();
        return !typed.equals(actual);
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
