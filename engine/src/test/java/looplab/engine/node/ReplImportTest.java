package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Imports at the REPL: static ones pasted from a module, and import(). */
class ReplImportTest {
    static final List<ReplSession.Echo> echoes = new ArrayList<>();
    static ReplSession session;

    @BeforeAll
    static void start() {
        PrintStream none = new PrintStream(PrintStream.nullOutputStream());
        session = ReplSession.start(RunOptions.defaults(none, none).withSink(event -> { }, false), false, false, e -> {
            synchronized (echoes) {
                echoes.add(e);
            }
        });
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    static String value(String code) throws Exception {
        session.eval(code).get(120, TimeUnit.SECONDS);
        synchronized (echoes) {
            ReplSession.Echo e = echoes.get(echoes.size() - 1);
            return (e.isError() ? "! " : "") + e.text();
        }
    }

    @Test
    void staticImportsBindNamesThatLast() throws Exception {
        assertEquals("undefined", value("import fs, { readFileSync as read } from 'node:fs'"));
        assertEquals("[ 'function', true ]", value("[typeof read, fs.readFileSync === read]"));
        assertEquals("undefined", value("import * as path from 'path'"));
        assertEquals("'b.txt'", value("path.basename('/a/b.txt')"));
    }

    @Test
    void dynamicImportGivesTheNamespace() throws Exception {
        assertEquals("'function'", value("typeof (await import('util')).inspect"));
        assertEquals("[Function: setTimeout]", value("(await import('timers/promises')).setTimeout"));
    }
}
