package looplab.engine.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * The orders Node does not guarantee, made explicit. Each time the loop meets such a choice
 * (for instance a 1 ms timer against an immediate at the first timers phase) it asks this object
 * which way to go and records the question, so a caller can re-run the program with the
 * answers flipped and see every order Node can produce. An answer of {@code true} means "the
 * timer/completion is ready first"; where none is forced, the loop gives the answer Node gives
 * most often on a quiet machine.
 */
public final class RaceChoices {
    private final List<Boolean> forced;
    private final List<Boolean> taken = new ArrayList<>();

    public RaceChoices() {
        this(List.of());
    }

    /** Answers for the first races met, in order; later races take the default. */
    public RaceChoices(List<Boolean> forced) {
        this.forced = List.copyOf(forced);
    }

    /** The answer for the next race, recorded: the forced one, else {@code usual}. */
    boolean decide(boolean usual) {
        int i = taken.size();
        boolean answer = i < forced.size() ? forced.get(i) : usual;
        taken.add(answer);
        return answer;
    }

    /** The answers given during the run, one per race met. */
    public List<Boolean> taken() {
        return List.copyOf(taken);
    }
}
