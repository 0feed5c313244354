package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.script.ScriptEngine;
import javax.script.ScriptException;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;

/**
 * Runs the runtime's inspect.js and console.js on a bare Nashorn engine (set up
 * as the runtime does) and compares what each case in inspect/cases.js prints
 * with what Node 20 printed for it (inspect/cases.node.txt, written by
 * inspect/record.js).
 */
class InspectFormatTest {

    /** One write to the fake host: fd 1 stdout, 2 stderr, 3 the case threw. */
    private record Chunk(int fd, String text) {}

    private static final class Fn extends AbstractJSObject {
        private final Function<Object[], Object> body;

        Fn(Function<Object[], Object> body) {
            this.body = body;
        }

        @Override
        public boolean isFunction() {
            return true;
        }

        @Override
        public Object call(Object thiz, Object... args) {
            return body.apply(args);
        }
    }

    /** The host object the scripts get: write, now and stackLines only. */
    private static final class FakeHost extends AbstractJSObject {
        final List<Chunk> chunks = new ArrayList<>();
        double clockMs;
        private final Map<String, Object> members = new HashMap<>();

        FakeHost() {
            members.put("write", new Fn(a -> {
                chunks.add(new Chunk(((Number) a[0]).intValue(), String.valueOf(a[1])));
                return null;
            }));
            members.put("now", new Fn(a -> clockMs));
            members.put("stackLines", new Fn(a -> "    at STACK"));
        }

        @Override
        public Object getMember(String name) {
            return members.get(name);
        }

        @Override
        public boolean hasMember(String name) {
            return members.containsKey(name);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InspectFormatTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String transcript(List<Chunk> chunks) {
        StringBuilder out = new StringBuilder();
        int fd = 1;
        for (Chunk c : chunks) {
            if (c.fd() != fd) {
                fd = c.fd();
                out.append('\u00ab').append(fd).append('\u00bb');
            }
            out.append(c.text());
        }
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> casesMatchNode() throws IOException, ScriptException {
        ScriptEngine engine = new NashornScriptEngineFactory().getScriptEngine(
                new String[] {"--language=es6", "--no-java", "--no-syntax-extensions",
                    "--optimistic-types=false"},
                InspectFormatTest.class.getClassLoader(), s -> false);
        FakeHost host = new FakeHost();
        ScriptObjectMirror inspectFn =
                (ScriptObjectMirror) engine.eval(resource("looplab/runtime/inspect.js"));
        ScriptObjectMirror consoleFn =
                (ScriptObjectMirror) engine.eval(resource("looplab/runtime/console.js"));
        Object util = inspectFn.call(null, host);
        Object console = consoleFn.call(null, host, util);
        Fn tick = new Fn(a -> {
            host.clockMs += ((Number) a[0]).doubleValue();
            return null;
        });
        ScriptObjectMirror parseExpected = (ScriptObjectMirror) engine.eval(
                "(function (json) { var a = JSON.parse(json); var out = ''; var fd = 1;"
                + " for (var i = 0; i < a.length; i++) {"
                + "   if (a[i][0] !== fd) { fd = a[i][0]; out += '\\u00ab' + fd + '\\u00bb'; }"
                + "   out += a[i][1]; }"
                + " return out; })");

        List<String> cases = new ArrayList<>();
        for (String line : resource("inspect/cases.js").split("\n", -1)) {
            if (!line.isBlank() && !line.startsWith("//")) {
                cases.add(line);
            }
        }
        String[] expected = resource("inspect/cases.node.txt").split("\n");
        assertTrue(expected.length >= cases.size(), "cases.node.txt is out of date: run record.js");

        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String line = cases.get(i);
            int sep = line.indexOf(" ||| ");
            String src = sep >= 0 ? line.substring(sep + 5) : line;
            String want = expected[i];
            tests.add(DynamicTest.dynamicTest((i + 1) + ": " + line, () -> {
                host.chunks.clear();
                try {
                    ScriptObjectMirror fn = (ScriptObjectMirror) engine.eval(
                            "(function (console, util, __tick) {\n" + src + "\n})");
                    fn.call(null, console, util, tick);
                } catch (RuntimeException | ScriptException e) {
                    host.chunks.add(new Chunk(3, e.toString()));
                }
                assertEquals((String) parseExpected.call(null, want), transcript(host.chunks));
            }));
        }
        return tests.stream();
    }
}
