package looplab.engine.js.lower;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.google.javascript.jscomp.CompilationLevel;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.CompilerOptions.LanguageMode;
import com.google.javascript.jscomp.SourceFile;

/**
 * Closure's {@code $jscomp} runtime: the helpers lowered code calls (the generator state
 * machine, iteration, class inheritance, rest arguments, template objects). It is generated
 * from the compiler's own library once per build ({@link #main}, run by Maven) and shipped as
 * {@code looplab/runtime/jscomp.js}; if that resource is missing (an IDE build), it is
 * generated in process. looplab's {@code async.js} then replaces the async parts.
 */
public final class RuntimeLibrary {
    static final String RESOURCE = "looplab/runtime/jscomp.js";

    /** The library parts lowered code may name; their own dependencies come along. */
    private static final List<String> LIBRARIES = List.of(
            "es6/generator_engine", "es6/execute_async_generator", "es6/async_generator_wrapper",
            "es6/util/inherits", "es6/util/makeiterator", "es6/util/arrayfromiterable",
            "es6/util/arrayfromiterator", "es6/util/restarguments",
            "es6/util/createtemplatetagfirstarg", "es6/util/construct", "es6/util/makeasynciterator");

    private RuntimeLibrary() {
    }

    /** The runtime's source text. */
    public static String source() {
        try (InputStream in = RuntimeLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return generate();
    }

    /** Asks the compiler for the library, transpiled to ES5, with nothing else. */
    static String generate() {
        CompilerOptions options = new CompilerOptions();
        CompilationLevel.WHITESPACE_ONLY.setOptionsForCompilationLevel(options);
        options.setLanguageIn(LanguageMode.UNSTABLE);
        options.setLanguageOut(LanguageMode.ECMASCRIPT5);
        options.setRewritePolyfills(false);
        options.setForceLibraryInjection(LIBRARIES);
        options.setPrettyPrint(true);
        options.setEmitUseStrict(false);
        com.google.javascript.jscomp.Compiler compiler = new com.google.javascript.jscomp.Compiler(
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        compiler.disableThreads();
        compiler.compile(SourceFile.fromCode("externs.js", ""), SourceFile.fromCode("empty.js", ""), options);
        return "// Generated at build time from the Closure Compiler's runtime library (Apache-2.0).\n"
                + compiler.toSource();
    }

    /** Build step: writes the runtime to the path given. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, generate());
    }
}
