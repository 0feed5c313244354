package looplab.lessons.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import looplab.lessons.grade.GradeResult;
import looplab.lessons.judge.ConstraintCheck;
import looplab.lessons.judge.Failure;
import looplab.lessons.judge.ScriptCheck;
import looplab.lessons.judge.ScriptVerdict;
import looplab.lessons.judge.Verdict;
import looplab.lessons.model.Exercise;
import looplab.lessons.run.OutputLine;

/**
 * Reports in plain text: {@link #student} is what a student reads about one submission (score,
 * the first difference with each line's phase and source, the rule behind it, constraints, their
 * own debug output apart); {@link #summary} is a teacher's one line per submission.
 */
public final class TextReport {
    private static final int CELL = 28;

    private TextReport() {
    }

    /** The full report on one submission. */
    public static String student(Exercise ex, GradeResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Exercise ").append(ex.id()).append(" — ").append(ex.title()).append(" (")
                .append(kind(ex)).append(")\n");
        sb.append(ex.kind() == Exercise.Kind.PREDICT ? "Answer: " : "Script: ").append(r.submission().name()).append("\n\n");
        sb.append(headline(r)).append('\n');
        Verdict v = r.verdict();
        ScriptVerdict script = r.script();
        if (v != null && v.raced()) {
            sb.append('\n').append("The program meets an order Node does not guarantee (")
                    .append(String.join("; ", v.legal().get(0).races())).append("): any of its ")
                    .append(v.legal().size()).append(" orders is accepted; yours was compared with the closest.\n");
        }
        boolean ran = r.failure() == null || r.failure().kind() != Failure.Kind.SYNTAX_ERROR;
        if (v != null && !v.correct() && ran) {
            firstDifference(sb, ex, r, v);
            table(sb, ex, r, v);
        }
        if (script != null && script.otherOrder() != null) {
            sb.append("\nYour script meets an order Node does not guarantee (")
                    .append(String.join("; ", script.run().races())).append("), and Node may also print:\n");
            for (OutputLine l : ScriptCheck.graded(script.otherOrder())) {
                sb.append("  ").append(l.text()).append('\n');
            }
            sb.append("That order is not accepted: make the order certain.\n");
        }
        if (script != null && !script.constraints().isEmpty() && ran) {
            sb.append("\nConstraints (checked on the trace, not on the source):\n");
            for (ConstraintCheck c : script.constraints()) {
                sb.append("  ").append(c.met() ? "✓ " : "✗ ").append(c.constraint().text()).append(" — ")
                        .append(c.detail()).append('\n');
            }
        }
        if (ex.kind() == Exercise.Kind.WRITE) {
            sb.append("\nYour debug output (stderr: console.error, console.warn, error reports — not graded):\n");
            List<OutputLine> debug = script == null ? List.of() : script.debug();
            if (debug.isEmpty()) {
                sb.append("  (none)\n");
            }
            for (OutputLine l : debug) {
                sb.append(("  | " + l.text()).stripTrailing()).append('\n');
            }
        }
        if (r.passed() && ex.why() != null && !ex.why().isBlank()) {
            sb.append("\nWhy:\n").append(indent(ex.why())).append('\n');
        }
        if (!r.passed() && r.graded() && !ex.hints().isEmpty()) {
            sb.append("\nHint:\n").append(indent(ex.hints().get(0))).append('\n');
        }
        if (ex.kind() == Exercise.Kind.WRITE) {
            sb.append("\nGraded: the lines your script writes to stdout (console.log), in order.\n");
        }
        return sb.toString();
    }

    /** One line per submission, then the totals. */
    public static String summary(Exercise ex, List<GradeResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("Exercise ").append(ex.id()).append(" — ").append(ex.title()).append(" (").append(kind(ex))
                .append(", ").append(results.size()).append(results.size() == 1 ? " submission" : " submissions")
                .append(")\n");
        int width = results.stream().mapToInt(r -> r.submission().name().length()).max().orElse(0);
        for (GradeResult r : results) {
            StringBuilder line = new StringBuilder();
            line.append(status(r)).append("  ").append(score(r.score())).append("  ")
                    .append(pad(r.submission().name(), width));
            if (r.failure() != null) {
                line.append("  ").append(r.failure().kind().label).append(": ").append(oneLine(r.failure().message()));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        Totals t = Totals.of(results);
        sb.append(t.count()).append(t.count() == 1 ? " submission: " : " submissions: ").append(t.passed())
                .append(" passed, ").append(t.failed()).append(" failed, ").append(t.notGraded())
                .append(" not graded; mean score ").append(score(t.meanScore())).append('\n');
        return sb.toString();
    }

    /** {@code PASS · score 1.00}, or the failure's kind and message. */
    static String headline(GradeResult r) {
        String head = status(r) + " · score " + score(r.score());
        return r.failure() == null ? head : head + " · " + r.failure().kind().label + " — " + r.failure().message();
    }

    static String status(GradeResult r) {
        return r.passed() ? "PASS" : r.graded() ? "FAIL" : "ERROR";
    }

    static String score(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    static String kind(Exercise ex) {
        return ex.kind() == Exercise.Kind.PREDICT ? "predict the output" : "write a script";
    }

    private static void firstDifference(StringBuilder sb, Exercise ex, GradeResult r, Verdict v) {
        sb.append("\nFirst difference, at line ").append(v.divergence() + 1).append(":\n");
        String expected = v.expected() == null ? "(nothing: the output ends here)" : "`" + v.expected().text() + "`";
        String yours = v.instead() == null ? "(nothing: yours ends here)" : "`" + v.instead() + "`";
        int w = Math.min(CELL + 2, Math.max(expected.length(), yours.length()));
        sb.append("  expected  ").append(pad(expected, w));
        if (v.expected() != null) {
            sb.append("  ").append(labels(v.expected()));
        }
        sb.append('\n');
        sb.append(ex.kind() == Exercise.Kind.PREDICT ? "  you said  " : "  yours     ").append(pad(yours, w));
        OutputLine got = r.script() != null ? r.script().got() : null;
        if (got != null) {
            sb.append("  ").append(labels(got));
        } else if (v.insteadRan() != null) {
            sb.append("  (the program prints it later: ").append(labels(v.insteadRan())).append(')');
        }
        sb.append('\n');
        if (v.rule() != null) {
            sb.append("Rule (").append(v.rule().id()).append("):\n").append(indent(v.rule().text())).append('\n');
        }
    }

    /** Expected and given lines side by side, each with its source and phase where known. */
    private static void table(StringBuilder sb, Exercise ex, GradeResult r, Verdict v) {
        List<OutputLine> expected = v.matched().lines();
        List<OutputLine> mine = r.script() != null ? ScriptCheck.graded(r.script().run()) : null;
        List<String> given = v.predicted();
        int n = Math.max(expected.size(), given.size());
        sb.append('\n').append(ex.kind() == Exercise.Kind.PREDICT ? "Line by line:\n"
                : "Line by line (graded output):\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "#", "expected", "source", "phase", "yours", "source", "phase"});
        for (int i = 0; i < n && i < 200; i++) {
            OutputLine e = i < expected.size() ? expected.get(i) : null;
            OutputLine m = mine != null && i < mine.size() ? mine.get(i) : null;
            rows.add(new String[] {i == v.divergence() ? ">" : "", Integer.toString(i + 1),
                    e == null ? "" : cut(e.text()), e == null ? "" : e.source(), e == null ? "" : e.phase(),
                    i < given.size() ? cut(given.get(i)) : "", m == null ? "" : m.source(), m == null ? "" : m.phase()});
        }
        int[] w = new int[8];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                w[c] = Math.max(w[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            line.append(pad(row[0], 1)).append(' ').append(pad(row[1], w[1])).append("  ");
            line.append(pad(row[2], w[2])).append("  ").append(pad(row[3], w[3])).append("  ").append(pad(row[4], w[4]));
            line.append("  │ ").append(pad(row[5], w[5]));
            if (mine != null) {
                line.append("  ").append(pad(row[6], w[6])).append("  ").append(row[7]);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        if (n > 200) {
            sb.append("  … ").append(n - 200).append(" more lines\n");
        }
    }

    private static String labels(OutputLine l) {
        return "source " + l.source() + ", phase " + l.phase() + ", loop " + l.loop()
                + (l.api().equals("main") ? "" : " — queued by " + l.api() + " at " + l.at());
    }

    private static String cut(String s) {
        return s.length() <= CELL ? s : s.substring(0, CELL - 1) + "…";
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    static String indent(String text) {
        return text.strip().lines().map(l -> l.isBlank() ? "" : "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    static String oneLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }
}
