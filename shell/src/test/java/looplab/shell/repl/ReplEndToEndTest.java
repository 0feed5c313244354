package looplab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The REPL end to end, one live session through its ordinary keyboard and screen. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplEndToEndTest {
    @TempDir
    static Path dir;
    static ReplDriver repl;

    @BeforeAll
    static void start() throws Exception {
        repl = new ReplDriver(dir.resolve("history"), dir);
        repl.await("> ");
    }

    @AfterAll
    static void stop() throws Exception {
        repl.close();
    }

    @Test
    @Order(1)
    void multiLineFunctionTypedLineByLine() throws Exception {
        repl.mark().type("function add(a, b) {\r");
        repl.await("... ");
        repl.type("  return a + b\r").type("}\r");
        repl.await("undefined");
        repl.mark().type("add(2, 3)\r");
        assertTrue(repl.await("5").endsWith("5"));
    }

    @Test
    @Order(2)
    void pastedSnippetRunsInNodesOrderWithAnnotations() throws Exception {
        repl.mark().paste("setTimeout(() => console.log('timeout'), 0);\n"
                + "setImmediate(() => console.log('immediate'));\n"
                + "process.nextTick(() => console.log('tick'));\n"
                + "Promise.resolve().then(() => console.log('promise'));\n"
                + "console.log('sync');").type("\r");
        String out = repl.await("│ timeout");
        // The gutter names who printed each line; the screen also shows the prompt being redrawn.
        List<String> lines = out.lines().filter(l -> l.contains("│"))
                .map(l -> l.replaceAll(".*?(\\S+)\\s+│ (.*)$", "$1 $2")).toList();
        assertEquals(List.of("main@poll sync", "nextTick@poll tick", "microtask@poll promise",
                "check immediate", "timers timeout"), lines);
    }

    @Test
    @Order(3)
    void timerFiresAbovePromptWhileALineIsHalfTyped() throws Exception {
        repl.mark().type("setTimeout(() => console.log('fired'), 300); 0\r");
        repl.await("0");
        repl.mark().type("let half = 4");
        repl.await("│ fired");
        repl.type("2\r");
        repl.mark().type("half\r");
        repl.await("42");
    }

    @Test
    @Order(4)
    void ctrlCStopsAnEndlessLoopAndKeepsState() throws Exception {
        repl.mark().type("let kept = 'still here'\r");
        repl.await("undefined");
        repl.mark().type("console.log('spinning'); while (true) {}\r");
        repl.await("│ spinning");
        repl.ctrlC();
        repl.await("Script execution interrupted");
        repl.mark().type("kept\r");
        repl.await("'still here'");
        // A timer of an earlier input that never returns: Ctrl-C at the prompt stops it too.
        repl.mark().type("setTimeout(() => { console.log('timer spins'); while (true) {} }, 50); 0\r");
        repl.await("│ timer spins");
        repl.mark().ctrlC();
        repl.await("Script execution interrupted");
        repl.mark().type("kept + '!'\r");
        repl.await("'still here!'");
    }

    @Test
    @Order(5)
    void loadAndSave() throws Exception {
        Path lib = dir.resolve("lib.js");
        Files.writeString(lib, "var loaded = 7;\nfunction twice(x) {\n  return 2 * x;\n}\n");
        repl.mark().type(".load " + lib + "\r");
        repl.await("undefined");
        repl.mark().type("twice(loaded)\r");
        repl.await("14");
        Path saved = dir.resolve("saved.js");
        repl.mark().type(".save " + saved + "\r");
        repl.await("Session saved to");
        String text = Files.readString(saved);
        assertTrue(text.contains("function add(a, b) {\n  return a + b\n}"), text);
        assertTrue(text.contains("twice(loaded)"), text);
    }

    @Test
    @Order(6)
    void uncaughtErrorsAndTopLevelAwait() throws Exception {
        repl.mark().type("null.x\r");
        repl.await("Uncaught TypeError");
        repl.mark().type("const v = await Promise.resolve(21)\r");
        repl.await("undefined");
        repl.mark().type("await new Promise(r => setTimeout(() => r(v * 2), 50))\r");
        repl.await("42");
    }

    @Test
    @Order(7)
    void historySurvivesIntoTheNextSessionAndExitEnds() throws Exception {
        repl.mark().type("'remember me'\r");
        repl.await("'remember me'");
        repl.mark().type("void process.on('exit', (code) => console.log('bye', code))\r");
        repl.await("undefined");
        repl.mark().type(".exit\r");
        repl.await("│ bye 0"); // as in Node, .exit is process.exit(): 'exit' listeners run
        assertEquals(0, repl.exit.get());
        try (ReplDriver second = new ReplDriver(dir.resolve("history"), dir)) {
            second.await("> ");
            second.mark().type("\u0010\u0010\u0010\r"); // Ctrl-P thrice: back past .exit and process.on
            second.await("'remember me'\n");
        }
    }
}
