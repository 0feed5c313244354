package looplab.shell.repl;

import java.util.List;
import java.util.Locale;
import looplab.engine.node.ReplSession;

/** {@code .queues}: what the loop holds, one section per queue, in the order the loop visits them. */
final class QueuesView {
    private QueuesView() {
    }

    static String render(ReplSession.Queues q) {
        if (q == null) {
            return "(the loop is busy; try again)";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "now t=%.1fms (%s clock)%n", q.nowMs(), q.clock()));
        section(sb, "timers", q.timers(), q.nowMs());
        section(sb, "immediates (check)", q.immediates(), q.nowMs());
        section(sb, "nextTick queue", q.ticks(), q.nowMs());
        section(sb, "microtask queue", q.microtasks(), q.nowMs());
        sb.append("pool requests in flight: ").append(q.poolRequests());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<ReplSession.Pending> items, double now) {
        sb.append(title).append(": ").append(items.isEmpty() ? "empty" : items.size()).append('\n');
        for (ReplSession.Pending p : items) {
            sb.append("  ").append(p.api()).append(" #").append(p.id());
            if (p.at() != null) {
                sb.append(" from ").append(p.at());
            }
            if (p.dueMs() != null) {
                sb.append(String.format(Locale.ROOT, " · due at t=%.0fms (in %.0fms)", p.dueMs(),
                        Math.max(0, p.dueMs() - now)));
            }
            sb.append('\n');
        }
    }
}
