package looplab.lessons.report;

import java.util.List;
import java.util.Locale;
import looplab.lessons.grade.GradeResult;
import looplab.lessons.model.Exercise;
import looplab.lessons.run.OutputLine;

/**
 * JUnit XML, as CI servers read it: one {@code testsuite} for the exercise, one
 * {@code testcase} per submission. A failed submission has a {@code failure} whose message is
 * the headline and whose body is the student's report; a submission looplab could not grade
 * has an {@code error}. The score goes to {@code system-out}, the script's debug output to
 * {@code system-err}.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String render(Exercise ex, List<GradeResult> results) {
        Totals t = Totals.of(results);
        double seconds = results.stream().mapToLong(GradeResult::millis).sum() / 1000.0;
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"looplab\" tests=\"").append(t.count()).append("\" failures=\"")
                .append(t.failed()).append("\" errors=\"").append(t.notGraded()).append("\" time=\"")
                .append(time(seconds)).append("\">\n");
        sb.append("  <testsuite name=\"").append(attr(ex.id())).append("\" tests=\"").append(t.count())
                .append("\" failures=\"").append(t.failed()).append("\" errors=\"").append(t.notGraded())
                .append("\" skipped=\"0\" time=\"").append(time(seconds)).append("\">\n");
        sb.append("    <properties>\n");
        property(sb, "title", ex.title());
        property(sb, "kind", JsonReport.lower(ex.kind()));
        property(sb, "scoring", JsonReport.lower(ex.scoring()));
        property(sb, "meanScore", TextReport.score(t.meanScore()));
        sb.append("    </properties>\n");
        for (GradeResult r : results) {
            sb.append("    <testcase classname=\"").append(attr(ex.id())).append("\" name=\"")
                    .append(attr(r.submission().name())).append("\" time=\"").append(time(r.millis() / 1000.0))
                    .append("\">\n");
            if (!r.passed()) {
                String tag = r.graded() ? "failure" : "error";
                sb.append("      <").append(tag).append(" message=\"").append(attr(TextReport.headline(r)))
                        .append("\" type=\"").append(JsonReport.lower(r.failure().kind())).append("\">")
                        .append(text(TextReport.student(ex, r))).append("</").append(tag).append(">\n");
            }
            sb.append("      <system-out>score ").append(TextReport.score(r.score())).append("</system-out>\n");
            if (r.script() != null && !r.script().debug().isEmpty()) {
                sb.append("      <system-err>");
                for (OutputLine l : r.script().debug()) {
                    sb.append(text(l.text())).append('\n');
                }
                sb.append("</system-err>\n");
            }
            sb.append("    </testcase>\n");
        }
        sb.append("  </testsuite>\n</testsuites>\n");
        return sb.toString();
    }

    private static void property(StringBuilder sb, String name, String value) {
        sb.append("      <property name=\"").append(name).append("\" value=\"").append(attr(value)).append("\"/>\n");
    }

    private static String time(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    /** Character data: markup escaped, and characters XML 1.0 cannot hold dropped. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
                        sb.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else {
                        sb.append('\uFFFD');
                    }
                }
            }
        }
        return sb.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
