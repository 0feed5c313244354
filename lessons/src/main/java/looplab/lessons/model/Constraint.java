package looplab.lessons.model;

/**
 * One rule a write exercise's script must follow, checked on its trace, never on its text.
 *
 * @param kind  what is checked
 * @param api   the trace's api name for counting rules ({@code setTimeout}, {@code nextTick}, …)
 * @param count the bound for counting rules
 * @param text  the rule as the teacher wrote it, for reports
 */
public record Constraint(Kind kind, String api, int count, String text) {

    public enum Kind { EXACTLY, AT_LEAST, AT_MOST, SAME_SOURCES, SAME_PHASES }

    /** Whether {@code scheduled} requests of {@link #api} satisfy a counting rule. */
    public boolean allows(int scheduled) {
        return switch (kind) {
            case EXACTLY -> scheduled == count;
            case AT_LEAST -> scheduled >= count;
            case AT_MOST -> scheduled <= count;
            case SAME_SOURCES, SAME_PHASES -> true;
        };
    }

    public boolean counts() {
        return kind == Kind.EXACTLY || kind == Kind.AT_LEAST || kind == Kind.AT_MOST;
    }
}
