package looplab.lessons.run;

import java.time.Duration;
import java.util.List;
import looplab.lessons.model.Snippet;
import looplab.lessons.model.SupportFile;

/**
 * A program to run: its code, its file name, the files it runs beside and its time limit.
 *
 * @param name    the file name ({@code snippet.js}); the trace's {@code at} uses it
 * @param code    the source
 * @param files   support files written beside it
 * @param timeout wall-clock limit for one run
 */
public record Program(String name, String code, List<SupportFile> files, Duration timeout) {

    public static Program of(Snippet snippet, List<SupportFile> files) {
        return new Program(snippet.name(), snippet.code(), files, snippet.timeout());
    }
}
