package looplab.lessons.report;

import java.util.List;
import looplab.lessons.grade.GradeResult;

/** Counts over a grading run's results. */
record Totals(int count, int passed, int failed, int notGraded, double meanScore) {

    static Totals of(List<GradeResult> results) {
        int passed = 0;
        int notGraded = 0;
        double sum = 0;
        for (GradeResult r : results) {
            passed += r.passed() ? 1 : 0;
            notGraded += r.graded() ? 0 : 1;
            sum += r.score();
        }
        int n = results.size();
        return new Totals(n, passed, n - passed - notGraded, notGraded, n == 0 ? 0 : sum / n);
    }
}
