package looplab.lessons.judge;

import java.util.List;
import looplab.lessons.model.Exercise;
import looplab.lessons.run.OutputLine;
import looplab.lessons.run.RunOutcome;

/**
 * Compares a list of lines (a prediction, or what a student's script printed) with every order
 * a program can print, picks the closest, scores it and explains the first difference.
 */
public final class Comparison {
    private Comparison() {
    }

    public static Verdict compare(List<String> predicted, List<RunOutcome> legal, Exercise.Scoring scoring) {
        if (legal.isEmpty()) {
            throw new IllegalArgumentException("no outcome to compare with");
        }
        List<String> given = predicted.stream().map(Comparison::norm).toList();
        RunOutcome best = null;
        int bestLcs = -1;
        for (RunOutcome outcome : legal) {
            List<String> expected = texts(outcome);
            if (expected.equals(given)) {
                best = outcome;
                bestLcs = expected.size();
                break;
            }
            int lcs = lcs(expected, given);
            if (lcs > bestLcs) {
                best = outcome;
                bestLcs = lcs;
            }
        }
        List<String> expected = texts(best);
        boolean correct = expected.equals(given);
        int denominator = Math.max(expected.size(), given.size());
        double score = correct ? 1.0
                : scoring == Exercise.Scoring.ALL ? 0.0
                : denominator == 0 ? 1.0 : (double) bestLcs / denominator;
        if (correct) {
            return new Verdict(true, score, best, legal, predicted, -1, null, null, null, null);
        }
        int i = 0;
        while (i < expected.size() && i < given.size() && expected.get(i).equals(given.get(i))) {
            i++;
        }
        OutputLine there = i < expected.size() ? best.lines().get(i) : null;
        String instead = i < given.size() ? predicted.get(i) : null;
        OutputLine insteadRan = null;
        if (instead != null) {
            // Where the run printed the line the learner put here: its first occurrence after the
            // lines that matched.
            for (int j = i; j < expected.size(); j++) {
                if (expected.get(j).equals(given.get(i))) {
                    insteadRan = best.lines().get(j);
                    break;
                }
            }
        }
        Rule rule = instead == null
                ? new Rule("missing-line", "The output goes on: `" + there.text() + "` and "
                        + (expected.size() - i - 1) + " more line(s) are missing from the answer.")
                : RuleExplainer.explain(there, insteadRan, instead);
        return new Verdict(false, score, best, legal, predicted, i, there, instead, insteadRan, rule);
    }

    private static List<String> texts(RunOutcome outcome) {
        return outcome.lines().stream().map(l -> norm(l.text())).toList();
    }

    /** Lines compare without trailing blanks, which nobody can see in a terminal. */
    static String norm(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Length of the longest common subsequence (the usual dynamic programme, two rows). */
    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
