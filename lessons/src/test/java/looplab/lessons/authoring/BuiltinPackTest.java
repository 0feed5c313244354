package looplab.lessons.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import looplab.lessons.format.PackLoader;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.LessonPack;
import looplab.lessons.run.SnippetRunner;
import org.junit.jupiter.api.Test;

/**
 * {@code looplab lessons check} on the built-in pack, as CI runs it: every snippet and reference
 * runs cleanly in every legal order, races are acknowledged, and — when {@code node} is
 * installed — Node prints one of the orders each lesson computes.
 */
class BuiltinPackTest {

    @Test
    void theBuiltInPackPassesItsOwnCheck() throws Exception {
        LessonPack pack = PackLoader.builtin();
        NodeOracle node = NodeOracle.find();
        PackChecker.Report report = new PackChecker(SnippetRunner.warm(), node, null).check(pack);
        assertEquals(List.of(), report.problems().stream().map(PackChecker.Problem::toString).toList(),
                "node: " + report.nodeUsed());
    }

    @Test
    void atLeastFourteenLessonsWithDistinctOrdersEachWithAPredictionAndAnExercise() throws Exception {
        LessonPack pack = PackLoader.builtin();
        assertTrue(pack.lessons().size() >= 14, pack.lessons().size() + " lessons");
        Set<Integer> orders = new HashSet<>();
        for (Lesson l : pack.lessons()) {
            assertTrue(orders.add(l.order()), "order " + l.order() + " used twice");
            assertTrue(!l.exercises().isEmpty(), l.id() + " has no exercise");
        }
    }
}
