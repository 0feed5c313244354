package looplab.lessons.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import looplab.lessons.grade.GradeResult;
import looplab.lessons.judge.ConstraintCheck;
import looplab.lessons.judge.ScriptCheck;
import looplab.lessons.judge.ScriptVerdict;
import looplab.lessons.judge.Verdict;
import looplab.lessons.model.Exercise;
import looplab.lessons.run.OutputLine;
import looplab.lessons.run.RunOutcome;

/**
 * The whole grading run as one JSON document: the exercise, totals, and per submission its
 * verdict with everything the text report says, as data.
 *
 * <pre>{@code
 * {"exercise": {"id", "title", "kind", "scoring"},
 *  "summary": {"submissions", "passed", "failed", "notGraded", "meanScore"},
 *  "results": [{"submission", "status": "pass|fail|error", "passed", "score",
 *               "failure": {"kind", "label", "message"} | null,
 *               "expected": [lines], "got": [lines], "legalOrders", "races": [notes],
 *               "firstDifference": {"line", "expected": LINE | null, "got": LINE | text | null,
 *                                   "rule": {"id", "text"}} | null,
 *               "constraints": [{"text", "met", "detail"}], "debug": [stderr lines], "ms"}]}
 * }</pre>
 * A LINE is {@code {"text", "source", "phase", "loop", "api", "at"}}.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(Exercise ex, List<GradeResult> results) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exercise", exercise(ex));
        Totals t = Totals.of(results);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("submissions", t.count());
        summary.put("passed", t.passed());
        summary.put("failed", t.failed());
        summary.put("notGraded", t.notGraded());
        summary.put("meanScore", t.meanScore());
        doc.put("summary", summary);
        List<Object> list = new ArrayList<>();
        for (GradeResult r : results) {
            list.add(result(ex, r));
        }
        doc.put("results", list);
        return Json.write(doc, true) + "\n";
    }

    static Map<String, Object> exercise(Exercise ex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", ex.id());
        m.put("title", ex.title());
        m.put("kind", lower(ex.kind()));
        m.put("scoring", lower(ex.scoring()));
        return m;
    }

    static Map<String, Object> result(Exercise ex, GradeResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("submission", r.submission().name());
        m.put("status", TextReport.status(r).toLowerCase(Locale.ROOT));
        m.put("passed", r.passed());
        m.put("score", r.score());
        if (r.failure() == null) {
            m.put("failure", null);
        } else {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("kind", lower(r.failure().kind()));
            f.put("label", r.failure().kind().label);
            f.put("message", r.failure().message());
            m.put("failure", f);
        }
        Verdict v = r.verdict();
        ScriptVerdict s = r.script();
        m.put("expected", v == null ? null : texts(v.matched().lines()));
        m.put("got", v == null ? null : v.predicted());
        m.put("legalOrders", v == null ? null : v.legal().size());
        m.put("races", v == null ? List.of() : v.legal().get(0).races());
        if (v == null || v.correct()) {
            m.put("firstDifference", null);
        } else {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("line", v.divergence() + 1);
            d.put("expected", v.expected() == null ? null : line(v.expected()));
            OutputLine got = s != null ? s.got() : null;
            d.put("got", got != null ? line(got) : v.instead());
            if (ex.kind() == Exercise.Kind.PREDICT) {
                d.put("gotRuns", v.insteadRan() == null ? null : line(v.insteadRan()));
            }
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", v.rule().id());
            rule.put("text", v.rule().text());
            d.put("rule", rule);
            m.put("firstDifference", d);
        }
        if (ex.kind() == Exercise.Kind.WRITE) {
            List<Object> cs = new ArrayList<>();
            if (s != null) {
                for (ConstraintCheck c : s.constraints()) {
                    Map<String, Object> cm = new LinkedHashMap<>();
                    cm.put("text", c.constraint().text());
                    cm.put("met", c.met());
                    cm.put("detail", c.detail());
                    cs.add(cm);
                }
            }
            m.put("constraints", cs);
            m.put("otherOrder", s == null || s.otherOrder() == null ? null : texts(ScriptCheck.graded(s.otherOrder())));
            m.put("debug", s == null ? List.of() : texts(s.debug()));
        }
        m.put("ms", r.millis());
        return m;
    }

    static Map<String, Object> line(OutputLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", l.text());
        m.put("source", l.source());
        m.put("phase", l.phase());
        m.put("loop", l.loop());
        m.put("api", l.api());
        m.put("at", l.at());
        return m;
    }

    static List<String> texts(List<OutputLine> lines) {
        return lines.stream().map(OutputLine::text).toList();
    }

    static List<String> texts(RunOutcome o) {
        return texts(o.lines());
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
