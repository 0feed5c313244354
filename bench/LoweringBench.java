import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import looplab.engine.js.lower.Lowering;

/**
 * Warm lowering time of one snippet, as the REPL pays it on every input:
 *   java -cp shell/target/looplab.jar bench/LoweringBench.java FILE [ROUNDS]
 * Prints the first (cold, in-process) lowering and the median of the next ROUNDS. Each round
 * lowers a different text (the snippet and a comment of its own), as Lowering remembers the
 * last texts it lowered and would answer a repeat from memory.
 */
public class LoweringBench {
    public static void main(String[] args) throws Exception {
        String code = Files.readString(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long t0 = System.nanoTime();
        Lowering.transform("snippet.js", code);
        double first = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < 20; i++) {
            Lowering.transform("snippet.js", code + "\n// warm-up " + i);
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            String text = code + "\n// round " + i;
            long s = System.nanoTime();
            Lowering.transform("snippet.js", text);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%.1f %.1f%n", first, ms[rounds / 2]);
    }
}
