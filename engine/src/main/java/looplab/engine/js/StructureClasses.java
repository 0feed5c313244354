package looplab.engine.js;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.nashorn.internal.codegen.ObjectClassGenerator;
import org.openjdk.nashorn.internal.runtime.Context;
import org.openjdk.nashorn.internal.runtime.ErrorManager;
import org.openjdk.nashorn.internal.runtime.options.Options;

/**
 * Nashorn's structure classes, made at build time ({@link #main}, run by Maven) and shipped in
 * the jar, where Nashorn would make them at run time.
 *
 * <p>Every object literal shape and every function scope of a script is an instance of a
 * class {@code org.openjdk.nashorn.internal.scripts.JO<fields>[P<parameters>]}, which
 * Nashorn's structure loader generates with ASM the first time a process needs it: a one-line
 * program needs 17 of them for looplab's runtime alone, about 30 ms of a cold run's main thread
 * (or of the code cache's read-ahead, which then keeps the main thread waiting), spent in cold
 * code generation. The loader asks its parent first, as every class loader does, so a class of
 * that name on the class path is used instead; and a class on the class path can go into the
 * class-data archive, which a generated one cannot. The bytes are Nashorn's own: the same
 * generator of the same Nashorn version, only run earlier. A shape outside the ranges made
 * here is generated at run time, as before.
 */
public final class StructureClasses {
    private static final String PACKAGE = "org/openjdk/nashorn/internal/scripts/";

    private StructureClasses() {
    }

    /**
     * The descriptors made: object shapes (fields padded to multiples of 4) up to 128 fields,
     * scopes of up to 128 variables without parameters (looplab's runtime scripts have scopes
     * of 25 to 118), and small scopes with up to three parameters.
     */
    static List<String> descriptors() {
        List<String> out = new ArrayList<>();
        for (int fields = 4; fields <= 128; fields += 4) {
            out.add(Integer.toString(fields));
        }
        for (int fields = 0; fields <= 128; fields++) {
            out.add(fields + "P0");
        }
        for (int params = 1; params <= 3; params++) {
            for (int fields = 0; fields <= 16; fields++) {
                out.add(fields + "P" + params);
            }
        }
        return out;
    }

    /** Writes the classes under {@code args[0]} (a class output directory). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(PACKAGE);
        Files.createDirectories(dir);
        StringWriter discard = new StringWriter();
        Context context = new Context(new Options("nashorn"), new ErrorManager(new PrintWriter(discard)),
                StructureClasses.class.getClassLoader());
        ObjectClassGenerator generator = new ObjectClassGenerator(context, false);
        for (String descriptor : descriptors()) {
            Files.write(dir.resolve("JO" + descriptor + ".class"), generator.generate(descriptor));
        }
    }
}
