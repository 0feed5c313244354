package looplab.engine.trace;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code --trace=json}: one JSON object per line, in the order things happened. The field
 * names of DESIGN.md's JSON trace are written here and nowhere else.
 */
public final class JsonTraceRenderer implements TraceSink {
    private final PrintStream out;

    public JsonTraceRenderer(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(TraceEvent event) {
        out.println(toJson(event));
    }

    @Override
    public void close() {
        out.flush();
    }

    /** The JSON line of one event. */
    public static String toJson(TraceEvent event) {
        Obj o = new Obj();
        if (event instanceof TraceEvent.Start e) {
            o.str("type", "start").num("seq", e.seq()).str("file", e.file())
                    .str("clock", e.clock()).num("threadpool", e.threadpool());
        } else if (event instanceof TraceEvent.Schedule e) {
            o.str("type", "schedule").num("seq", e.seq()).num("id", e.id()).str("api", e.api())
                    .str("at", e.at()).str("source", e.source()).time("t", e.t());
            if (e.delay() != null) {
                o.num("delay", e.delay());
            }
        } else if (event instanceof TraceEvent.Cancel e) {
            o.str("type", "cancel").num("seq", e.seq()).num("id", e.id())
                    .str("api", e.api()).str("at", e.at()).time("t", e.t());
        } else if (event instanceof TraceEvent.PhaseEntered e) {
            o.str("type", "phase").num("seq", e.seq()).num("loop", e.loop())
                    .str("phase", e.phase()).time("t", e.t());
        } else if (event instanceof TraceEvent.QueueLengths e) {
            o.str("type", "queues").num("seq", e.seq()).num("loop", e.loop()).str("phase", e.phase())
                    .num("timers", e.timers()).num("immediates", e.immediates()).num("ticks", e.ticks())
                    .num("microtasks", e.microtasks()).num("pool", e.pool());
        } else if (event instanceof TraceEvent.CallbackStarted e) {
            o.str("type", "callback").num("seq", e.seq()).num("id", e.id()).str("api", e.api())
                    .str("at", e.at()).str("source", e.source()).str("phase", e.phase())
                    .num("loop", e.loop()).time("t", e.t());
            if (e.delay() != null) {
                o.num("delay", e.delay());
            }
            if (e.worker() != null) {
                o.num("worker", e.worker()).time("queuedMs", e.queuedMs()).time("ranMs", e.ranMs());
            }
        } else if (event instanceof TraceEvent.Output e) {
            o.str("type", "output").num("seq", e.seq()).num("loop", e.loop())
                    .str("phase", e.phase()).str("source", e.source()).str("stream", e.stream())
                    .str("text", e.text()).time("t", e.t());
        } else if (event instanceof TraceEvent.Race e) {
            o.str("type", "race").num("seq", e.seq()).ids("ids", e.ids()).str("note", e.note());
        } else if (event instanceof TraceEvent.Fatal e) {
            o.str("type", "fatal").num("seq", e.seq()).str("kind", e.kind())
                    .str("headline", e.headline()).str("source", e.source()).str("phase", e.phase());
        } else if (event instanceof TraceEvent.Exit e) {
            o.str("type", "exit").num("seq", e.seq()).num("code", e.code()).time("t", e.t());
        }
        return o.close();
    }

    /** A tiny JSON object writer: keys in insertion order, strings escaped. */
    private static final class Obj {
        private final StringBuilder sb = new StringBuilder("{");

        private Obj key(String k) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(k).append("\":");
            return this;
        }

        Obj str(String k, String v) {
            key(k);
            if (v == null) {
                sb.append("null");
            } else {
                escape(sb, v);
            }
            return this;
        }

        Obj num(String k, long v) {
            key(k).sb.append(v);
            return this;
        }

        /** Milliseconds, to a microsecond. */
        Obj time(String k, double v) {
            key(k).sb.append(Math.round(v * 1000) / 1000.0);
            return this;
        }

        Obj ids(String k, List<Long> ids) {
            key(k).sb.append('[');
            for (int i = 0; i < ids.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(ids.get(i));
            }
            sb.append(']');
            return this;
        }

        String close() {
            return sb.append('}').toString();
        }
    }

    /** Appends {@code s} as a JSON string literal (also valid JavaScript). */
    public static void escape(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
