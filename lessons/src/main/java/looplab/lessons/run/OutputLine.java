package looplab.lessons.run;

/**
 * One line a program wrote, with where the loop was when it did.
 *
 * @param text     the line, without its newline
 * @param stream   {@code stdout} or {@code stderr}
 * @param source   the trace's source: {@code main}, {@code nextTick}, {@code microtask}, {@code timers}, …
 * @param phase    the trace's phase: {@code main}, {@code timers}, {@code poll}, {@code check}, …
 * @param loop     the loop iteration, 0 for the main script
 * @param t        milliseconds since the start on the run's clock
 * @param api      the API that scheduled the callback writing it ({@code main} for the script itself)
 * @param at       where that callback was scheduled ({@code file:line}), or the script for main
 * @param callback the id of the callback that wrote it
 * @param queuedIn the phase the loop was in when that callback was scheduled ({@code main} for
 *                 the script itself)
 */
public record OutputLine(String text, String stream, String source, String phase, int loop, double t,
                         String api, String at, long callback, String queuedIn) {

    /** The same line as printed: the text, with an {@code (stderr)} mark when it went there. */
    public String shown() {
        return "stderr".equals(stream) ? text + "   (stderr)" : text;
    }
}
