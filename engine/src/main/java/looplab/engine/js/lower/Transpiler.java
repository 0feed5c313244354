package looplab.engine.js.lower;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import com.google.debugging.sourcemap.FilePosition;
import com.google.debugging.sourcemap.SourceMapConsumerV3;
import com.google.debugging.sourcemap.SourceMapParseException;
import com.google.javascript.jscomp.CompilationLevel;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.CompilerOptions.LanguageMode;
import com.google.javascript.jscomp.JSError;
import com.google.javascript.jscomp.Result;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.jscomp.SourceMap;

/**
 * One run of the Closure Compiler as a pure syntax lowerer: WHITESPACE_ONLY, any input
 * language, ES5 out, no polyfill rewriting and no library injection (the helpers come from
 * {@link RuntimeLibrary}, once per runtime). Returns the compact output and, from its V3
 * source map, the original line of each mapped position.
 */
final class Transpiler {

    /** Where generated offset {@code offset} came from: original line, 1-based. */
    record Mapping(int offset, int originalLine) {}

    record Output(String code, List<Mapping> mappings) {}

    /** A compile error, located in the original source (1-based line, 0-based column). */
    static final class Failure extends Exception {
        final int line;
        final int column;

        Failure(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());

    private Transpiler() {
    }

    static CompilerOptions options() {
        CompilerOptions options = new CompilerOptions();
        CompilationLevel.WHITESPACE_ONLY.setOptionsForCompilationLevel(options);
        options.setLanguageIn(LanguageMode.UNSTABLE);
        options.setLanguageOut(LanguageMode.ECMASCRIPT5);
        options.setRewritePolyfills(false);
        options.setPreventLibraryInjection(true);
        options.setSkipNonTranspilationPasses(true);
        options.setEmitUseStrict(false);
        options.setPrettyPrint(false);
        options.setLineLengthThreshold(Integer.MAX_VALUE / 2);
        options.setSourceMapOutputPath("lowered.map");
        options.setSourceMapFormat(SourceMap.Format.V3);
        options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, EagerParameters.MARK);
        options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, FieldDefaults.PASS);
        options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, NewTargets.PASS);
        options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, EmptyPatterns.PASS);
        options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, ComputedAccessors.PASS);
        return options;
    }

    static Output transpile(String name, String source) throws Failure {
        String code;
        try {
            // (Closure cannot parse #names, nor some Unicode names; same lines)
            code = PrivateNames.rewrite(UnicodeNames.rewrite(source));
        } catch (PrivateNames.Misuse m) {
            throw new Failure(m.getMessage(), m.line, m.column);
        }
        com.google.javascript.jscomp.Compiler compiler = new com.google.javascript.jscomp.Compiler(SILENT);
        compiler.disableThreads();
        Result result;
        EarlyErrors early = new EarlyErrors();
        ParameterLengths lengths = new ParameterLengths();
        ComputedMembers computed = new ComputedMembers();
        try {
            // Not the user's file name: the compiler derives identifiers from it
            // ("11-x.js" gave "11-x$classdecl$var0"); errors are located by line anyway.
            CompilerOptions options = options();
            options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, early);
            options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, IterableErrors.PASS);
            options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, new ForOfClose());
            options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, lengths.mark);
            options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, computed.mark);
            options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, new ParameterTdz());
            options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, new LexicalErrors(compiler));
            options.addCustomPass(com.google.javascript.jscomp.CustomPassExecutionTime.BEFORE_CHECKS, DestructureErrors.PASS);
            result = compiler.compile(SourceFile.fromCode("externs.js", ""), SourceFile.fromCode("input.js", code), options);
        } catch (RuntimeException internal) {
            throw internalError(internal, code);
        }
        if (!result.success || !result.errors.isEmpty()) {
            JSError e = result.errors.get(0);
            int line = Math.max(1, e.getLineno());
            throw new Failure(e.getDescription(), line, column(e, code, line));
        }
        if (early.first() != null) {
            throw new Failure(early.first().message(), early.first().line(), early.first().column());
        }
        EagerParameters.hoist(compiler.getRoot().getLastChild());
        lengths.apply();
        computed.apply();
        DefaultNames.apply(compiler.getRoot().getLastChild(), code);
        ClassNames.apply(compiler.getRoot().getLastChild(), code);
        FunctionNames.infer(compiler.getRoot().getLastChild(), code);
        PatternClose.apply(compiler.getRoot().getLastChild());
        StrictDirectives.restore(compiler.getRoot().getLastChild());
        String out = compiler.toSource();
        StringBuilder map = new StringBuilder();
        try {
            compiler.getSourceMap().appendTo(map, "lowered.js");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new Output(out, mappings(out, map.toString()));
    }

    /** For "primary expression expected" the compiler points just past the token it rejected. */
    private static int column(JSError e, String code, int line) {
        int column = Math.max(0, e.getCharno());
        if (e.getDescription().endsWith("primary expression expected") && column > 0) {
            String[] lines = code.split("\n", -1);
            String text = line <= lines.length ? lines[line - 1] : "";
            if (column <= text.length()) {
                char c = text.charAt(column - 1);
                if (!Character.isWhitespace(c) && !Character.isJavaIdentifierPart(c)) {
                    column--;
                }
            }
        }
        return column;
    }

    /** Closure throws "INTERNAL COMPILER ERROR" for a few inputs it cannot lower. */
    private static Failure internalError(RuntimeException e, String code) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("Es6ConvertSuper") || text.contains("Node(SUPER)")
                || stackMentions(e, "Es6ConvertSuper")) {
            return new Failure("looplab does not support 'super' in object literal methods yet", lineOf(text), 0);
        }
        return new Failure("looplab cannot lower this code (" + text.split("\n", 2)[0] + ")", lineOf(text), 0);
    }

    private static boolean stackMentions(Throwable e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement f : t.getStackTrace()) {
                if (f.getClassName().contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int lineOf(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+):\\d+").matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private static List<Mapping> mappings(String out, String json) {
        int[] lineStarts = lineStarts(out);
        List<Mapping> list = new ArrayList<>();
        SourceMapConsumerV3 consumer = new SourceMapConsumerV3();
        try {
            consumer.parse(json);
        } catch (SourceMapParseException e) {
            throw new IllegalStateException(e);
        }
        consumer.visitMappings((String source, String symbol, FilePosition original,
                FilePosition start, FilePosition end) -> {
            int line = start.getLine();
            if (line < lineStarts.length) {
                list.add(new Mapping(lineStarts[line] + start.getColumn(), original.getLine() + 1));
            }
        });
        return list;
    }

    private static int[] lineStarts(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }
}
