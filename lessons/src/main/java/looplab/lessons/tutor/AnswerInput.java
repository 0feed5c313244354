package looplab.lessons.tutor;

import java.util.ArrayList;
import java.util.List;
import looplab.lessons.judge.Answer;

/**
 * A prediction as it is typed at a prompt, one Enter at a time: a line of numbers ({@code 3 1 2})
 * is a whole answer; otherwise each line is one of the program's lines, and the answer is
 * complete when there are as many as the program prints.
 */
final class AnswerInput {
    private final List<String> shuffled;
    private final List<String> typed = new ArrayList<>();

    /** @param shuffled the numbered list the learner was shown */
    AnswerInput(List<String> shuffled) {
        this.shuffled = shuffled;
    }

    /** Adds one typed line; returns the whole answer's text once it is complete, else {@code null}. */
    String add(String line) {
        if (typed.isEmpty() && isNumbers(line.strip())) {
            return line.strip();
        }
        typed.add(line);
        if (typed.size() < shuffled.size()) {
            return null;
        }
        String answer = String.join("\n", typed);
        typed.clear();
        return answer;
    }

    /**
     * The predicted lines.
     *
     * @throws IllegalArgumentException with a message for the learner (a number given twice, …)
     */
    List<String> lines(String answer) {
        if (shuffled.size() == 1 && answer.strip().equals("1")) {
            return shuffled;
        }
        return Answer.parse(answer, shuffled);
    }

    int collected() {
        return typed.size();
    }

    int lineCount() {
        return shuffled.size();
    }

    /** {@code 3 2 1}: what an answer looks like, for this list. */
    String example() {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.min(shuffled.size(), 4); i >= 1; i--) {
            sb.append(sb.length() == 0 ? "" : " ").append(i);
        }
        return sb.toString();
    }

    /** A line of numbers (positions in the list), unless the program's own lines are such numbers. */
    private boolean isNumbers(String t) {
        if (!t.matches("[\\d\\s,]+")) {
            return false;
        }
        return t.split("[\\s,]+").length > 1 || shuffled.size() == 1
                || shuffled.stream().noneMatch(s -> s.strip().equals(t));
    }
}
