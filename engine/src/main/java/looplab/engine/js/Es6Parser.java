package looplab.engine.js;

import org.openjdk.nashorn.api.tree.Parser;

/**
 * The one tree parser every scan, rewrite and instrumentation of a program shares. Making a
 * parser processes Nashorn's option table and builds a script environment; a script in a
 * grading worker went through three of them before Nashorn's own compilation (about 5% of a
 * short graded run). Once made, a parser keeps only that environment, which nothing changes:
 * each {@code parse} makes its own source, error manager and internal parser, so one
 * instance serves every thread.
 */
public final class Es6Parser {
    private static final Parser PARSER = Parser.create("--language=es6", "--no-syntax-extensions");

    private Es6Parser() {
    }

    /** ES6 without Nashorn's syntax extensions, as every program runs. */
    public static Parser get() {
        return PARSER;
    }
}
