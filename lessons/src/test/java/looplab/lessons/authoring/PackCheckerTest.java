package looplab.lessons.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import looplab.lessons.format.PackLoader;
import looplab.lessons.model.LessonPack;
import looplab.lessons.run.SnippetRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCheckerTest {
    @TempDir
    Path dir;

    private static final SnippetRunner RUNNER = SnippetRunner.warm();
    private static final String HEAD = "---\nid: %s\ntitle: T\norder: 1\n---\n";

    private List<String> problems(String id, String body, NodeOracle node) throws Exception {
        Files.writeString(dir.resolve(id + ".md"), String.format(HEAD, id) + body);
        LessonPack pack = PackLoader.directory(dir);
        PackChecker.Report report = new PackChecker(RUNNER, node, null).check(pack);
        return report.problems().stream().map(PackChecker.Problem::toString).toList();
    }

    private static final String EXERCISE = """
            ## Exercise
            ```js reference predict
            console.log('a'); console.log('b');
            ```
            ### Hint
            h
            """;

    @Test
    void aCleanLessonPasses() throws Exception {
        assertEquals(List.of(), problems("clean", """
                ```js predict
                setTimeout(() => console.log('b'), 0);
                console.log('a');
                ```
                """ + EXERCISE, null));
    }

    @Test
    void aRaceMustBeAcknowledgedAndAnAcknowledgedRaceMustHappen() throws Exception {
        List<String> p = problems("races", """
                ## Top level
                ```js predict
                setTimeout(() => console.log('timeout'), 0);
                setImmediate(() => console.log('immediate'));
                ```
                ## Not a race
                ```js run
                setImmediate(() => console.log('immediate'));
                process.nextTick(() => console.log('tick'));
                ```
                ### Race
                Says there is one.
                """ + EXERCISE, null);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith(dir.resolve("races.md") + ":7: meets an order Node does not guarantee"), p.get(0));
        assertTrue(p.get(1).contains(":12: has a ### Race section but meets no race"), p.get(1));
    }

    @Test
    void referencesMustMeetTheirConstraintsAndEverythingMustRunCleanly() throws Exception {
        List<String> p = problems("broken", """
                ```js run timeout=300ms
                for (;;) {}
                ```
                ## Throws
                ```js run
                null.x;
                ```
                ## Exercise: w
                ```js reference write
                setTimeout(() => console.log('b'));
                console.log('a');
                ```
                ### Constraints
                - no setTimeout
                """, null);
        assertTrue(p.stream().anyMatch(s -> s.contains(":6: does not finish within 300 ms")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains(":10: dies: uncaughtException: TypeError")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("breaks its own constraint 'no setTimeout' (it schedules 1 setTimeout)")),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("has no ### Hint")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("asks for no prediction")), p.toString());
    }

    @Test
    void whatNodePrintsMustBeAnOrderLooplabComputed() throws Exception {
        Path fakeNode = dir.resolve("fake-node");
        Files.writeString(fakeNode, "#!/bin/sh\necho b\necho a\n");
        Files.setPosixFilePermissions(fakeNode, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> p = problems("oracle", """
                ```js predict
                setTimeout(() => console.log('b'), 0);
                console.log('a');
                ```
                """ + EXERCISE, NodeOracle.at(fakeNode.toString()));
        assertEquals(2, p.size(), p.toString()); // the predict snippet and the exercise's reference
        assertTrue(p.get(0).contains(":6: node prints something looplab does not:"), p.get(0));
        assertTrue(p.get(0).contains("node:    b\n"), p.get(0));
        assertTrue(p.get(0).contains("looplab: a\n"), p.get(0));
    }
}
