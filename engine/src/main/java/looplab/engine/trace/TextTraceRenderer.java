package looplab.engine.trace;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code --trace=text}: what a learner reads. Program output lines carry a gutter naming the
 * source that printed them (and the phase, when it differs); each loop iteration and each
 * callback gets a header saying which API scheduled it, from which line, and — for timers —
 * the delay asked for against the time it really ran. Races get a visible note.
 *
 * <pre>
 * ── main script ──────────────────────────
 *   main              │ start
 * ── loop 1 · timers ─────────── t=1.0ms
 *   ▸ setTimeout #3 from a.js:2 · asked 1ms at 0.4ms · ran at 1.0ms
 *   timers            │ timeout
 * </pre>
 */
public final class TextTraceRenderer implements TraceSink {
    private static final int GUTTER = 18;
    private final PrintStream out;
    private final TextStyle style;
    private final boolean verbose;
    private final Map<Long, Double> scheduledAt = new HashMap<>();
    private int shownLoop = -1;
    private String shownPhase = "";

    public TextTraceRenderer(PrintStream out, TextStyle style, boolean verbose) {
        this.out = out;
        this.style = style;
        this.verbose = verbose;
    }

    @Override
    public void accept(TraceEvent event) {
        if (event instanceof TraceEvent.Start e) {
            out.println(style.apply(TextStyle.Role.HEADER, "looplab · " + e.file() + " · " + e.clock()
                    + " clock · thread pool of " + e.threadpool()));
            out.println(rule("main script", null));
            shownLoop = 0;
            shownPhase = "main";
        } else if (event instanceof TraceEvent.Schedule e) {
            scheduledAt.put(e.id(), e.t());
            if (verbose) {
                out.println("  " + style.apply(TextStyle.Role.DIM, "+ " + e.api() + " #" + e.id()
                        + (e.at() == null ? "" : " at " + e.at()) + " → " + e.source() + " queue"
                        + (e.delay() == null ? "" : ", delay " + e.delay() + "ms") + " · t=" + ms(e.t())));
            }
        } else if (event instanceof TraceEvent.Cancel e) {
            out.println("  " + style.apply(TextStyle.Role.DIM, "✕ " + e.api() + " #" + e.id() + " cancelled"
                    + (e.at() == null ? "" : " at " + e.at())));
        } else if (event instanceof TraceEvent.PhaseEntered e) {
            phase(e.loop(), e.phase(), e.t());
        } else if (event instanceof TraceEvent.QueueLengths e) {
            out.println("  " + style.apply(TextStyle.Role.DIM, "queues: " + e.timers() + " timers · "
                    + e.immediates() + " immediates · " + e.ticks() + " ticks · " + e.microtasks()
                    + " microtasks · " + e.pool() + " pool requests in flight"));
        } else if (event instanceof TraceEvent.CallbackStarted e) {
            callback(e);
        } else if (event instanceof TraceEvent.Output e) {
            output(e);
        } else if (event instanceof TraceEvent.Race e) {
            out.println("  " + style.apply(TextStyle.Role.RACE, "⚠ race " + e.ids() + ": " + e.note()));
        } else if (event instanceof TraceEvent.Fatal e) {
            out.println("  " + style.apply(TextStyle.Role.FATAL, "✖ " + e.kind() + " in " + e.source()
                    + " (" + e.phase() + " phase): " + e.headline()));
        } else if (event instanceof TraceEvent.Exit e) {
            out.println(rule("exit code " + e.code(), e.t()));
        }
    }

    @Override
    public void close() {
        out.flush();
    }

    private void phase(int loop, String phase, double t) {
        if (loop == shownLoop && phase.equals(shownPhase) && !verbose) {
            return;
        }
        shownLoop = loop;
        shownPhase = phase;
        // Not "loop is empty": a process.exit() ends the run with work still pending.
        String title = phase.equals("exit") ? "process exit" : "loop " + loop + " · " + phase;
        out.println(style.apply(TextStyle.Role.PHASE, rule(title, t)));
    }

    private void callback(TraceEvent.CallbackStarted e) {
        if (e.api().equals("main")) {
            return;
        }
        StringBuilder sb = new StringBuilder("▸ ").append(e.api()).append(" #").append(e.id());
        if (e.at() != null) {
            sb.append(" from ").append(e.at());
        }
        if (e.delay() != null) {
            Double at = scheduledAt.get(e.id());
            sb.append(" · asked ").append(e.delay()).append("ms");
            if (at != null) {
                sb.append(" at ").append(ms(at));
            }
            sb.append(" · ran at ").append(ms(e.t()));
        }
        if (e.worker() != null) {
            sb.append(" · worker ").append(e.worker()).append(", queued ").append(ms(e.queuedMs()))
              .append(", ran ").append(ms(e.ranMs()));
        }
        if (!e.source().equals(e.phase()) && !e.source().equals("main")) {
            sb.append(" · ").append(e.source()).append(" queue, drained in ").append(e.phase());
        }
        out.println("  " + style.apply(TextStyle.Role.CALLBACK, sb.toString()));
    }

    private void output(TraceEvent.Output e) {
        String label = e.source().equals(e.phase()) || e.phase().equals("main") ? e.source()
                : e.source() + "@" + e.phase();
        if (e.stream().equals("stderr")) {
            label = label + " ²";
        }
        String gutter = pad(label, GUTTER);
        String text = e.stream().equals("stderr") ? style.apply(TextStyle.Role.STDERR, e.text()) : e.text();
        out.println("  " + style.apply(TextStyle.Role.SOURCE, gutter) + "│ " + text);
    }

    private static String rule(String title, Double t) {
        String head = "── " + title + " ";
        String tail = t == null ? "" : " t=" + ms(t);
        int fill = Math.max(3, 60 - head.length() - tail.length());
        return head + "─".repeat(fill) + tail;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    static String ms(double v) {
        return String.format(java.util.Locale.ROOT, "%.1fms", v);
    }
}
