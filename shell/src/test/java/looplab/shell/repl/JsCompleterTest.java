package looplab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsCompleterTest {
    /** A stand-in for the live session: property names by path. */
    private final Map<String, List<String>> objects = Map.of(
            "", List.of("console", "process", "setTimeout", "setImmediate", "myVar"),
            "process", List.of("nextTick", "env", "exit", "exitCode"),
            "process.env", List.of("HOME", "PATH"));
    private final JsCompleter completer = new JsCompleter(
            path -> objects.getOrDefault(path, List.of()), List.of(".help", ".exit", ".editor", ".queues"));

    private List<String> complete(String line) {
        return completer.candidates(line, line.substring(JsLineParser.wordStart(line, line.length())));
    }

    @Test
    void completesGlobalsAndKeywords() {
        assertEquals(List.of("setImmediate", "setTimeout"), complete("set"));
        assertEquals(List.of("myVar"), complete("1 + my"));
        assertEquals(List.of("while"), complete("whi"));
    }

    @Test
    void completesPropertiesAfterADot() {
        assertEquals(List.of("process.exit", "process.exitCode"), complete("process.ex"));
        assertEquals(List.of("process.env.HOME"), complete("x = process.env.H"));
    }

    @Test
    void completesModuleNamesInRequire() {
        assertEquals(List.of("timers", "timers/promises"), complete("const t = require('tim"));
        assertEquals(List.of("fs", "fs/promises"), complete("require(\"fs"));
    }

    @Test
    void completesDotCommandsAtTheStartOfALine() {
        assertEquals(List.of(".editor", ".exit"), complete(".e"));
        assertEquals(List.of(".queues"), complete(".q"));
    }

    @Test
    void nothingForAnUnknownObject() {
        assertEquals(List.of(), complete("nothing.he"));
    }
}
