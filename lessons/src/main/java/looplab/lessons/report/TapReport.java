package looplab.lessons.report;

import java.util.List;
import looplab.lessons.grade.GradeResult;
import looplab.lessons.judge.Verdict;
import looplab.lessons.model.Exercise;
import looplab.lessons.run.OutputLine;

/**
 * TAP version 14: one test point per submission, and for each a YAML diagnostic block with the
 * score and, when it failed, the message, the first difference, the rule, and the lines it got
 * and those expected ({@code got}/{@code expect}). Strings are written as YAML double-quoted
 * scalars (JSON strings), so any text a program prints is safe in them.
 */
public final class TapReport {
    private TapReport() {
    }

    public static String render(Exercise ex, List<GradeResult> results) {
        StringBuilder sb = new StringBuilder("TAP version 14\n");
        sb.append("1..").append(results.size()).append('\n');
        sb.append("# ").append(ex.id()).append(" — ").append(ex.title()).append('\n');
        for (int i = 0; i < results.size(); i++) {
            GradeResult r = results.get(i);
            sb.append(r.passed() ? "ok " : "not ok ").append(i + 1).append(" - ")
                    .append(description(r.submission().name())).append('\n');
            sb.append("  ---\n");
            sb.append("  score: ").append(Json.number(r.score())).append('\n');
            if (r.failure() != null) {
                sb.append("  message: ").append(quote(r.failure().kind().label + ": " + r.failure().message())).append('\n');
                sb.append("  severity: ").append(r.graded() ? "fail" : "error").append('\n');
            }
            Verdict v = r.verdict();
            if (v != null && !v.correct()) {
                sb.append("  at: ").append(quote("line " + (v.divergence() + 1))).append('\n');
                sb.append("  rule: ").append(quote(v.rule().id())).append('\n');
                sb.append("  got:\n");
                list(sb, v.predicted());
                sb.append("  expect:\n");
                list(sb, v.matched().lines().stream().map(OutputLine::text).toList());
            }
            if (r.script() != null && !r.script().debug().isEmpty()) {
                sb.append("  debug:\n");
                list(sb, r.script().debug().stream().map(OutputLine::text).toList());
            }
            sb.append("  ...\n");
        }
        Totals t = Totals.of(results);
        sb.append("# ").append(t.passed()).append(" passed, ").append(t.failed()).append(" failed, ")
                .append(t.notGraded()).append(" not graded; mean score ").append(TextReport.score(t.meanScore()))
                .append('\n');
        return sb.toString();
    }

    private static void list(StringBuilder sb, List<String> items) {
        if (items.isEmpty()) {
            sb.setLength(sb.length() - 1);
            sb.append(" []\n");
            return;
        }
        for (String s : items) {
            sb.append("    - ").append(quote(s)).append('\n');
        }
    }

    /** A test point's description may not hold a {@code #} (a directive) or a newline. */
    private static String description(String name) {
        return name.replace("\\", "\\\\").replace("#", "\\#").replace('\n', ' ');
    }

    private static String quote(String s) {
        return Json.write(s, false);
    }
}
