package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import looplab.engine.js.ScriptSource;
import looplab.engine.loop.RaceChoices;
import looplab.engine.testing.Runs;
import looplab.engine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/**
 * A program's first timer and the ones set right after it with the same delay: Node starts the
 * later ones a millisecond late about one run in five, and then an immediate the first one
 * queued runs between them. The trace says so, and the other order is one choice away.
 */
class FirstTimerRaceTest {
    private static final String NESTED = """
            setTimeout(() => {
              console.log('first');
              setImmediate(() => console.log('immediate'));
            }, 0);
            setTimeout(() => console.log('second'), 0);
            """;

    private static Runs.Result run(String code, RaceChoices choices) {
        return Runs.run(new ScriptSource("race.js", code, Path.of("race.js").toAbsolutePath().toString()),
                Path.of("").toAbsolutePath(), true, o -> o.withRaces(choices));
    }

    /** The program's lines, as the trace carries them. */
    private static String out(Runs.Result r) {
        StringBuilder b = new StringBuilder();
        for (TraceEvent e : r.events()) {
            if (e instanceof TraceEvent.Output o) {
                b.append(o.text()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void theUsualOrderRunsBothTimersFirstAndTheTraceNamesTheRace() {
        Runs.Result r = run(NESTED, new RaceChoices());
        assertEquals("first\nsecond\nimmediate\n", out(r));
        List<TraceEvent.Race> races = r.events().stream()
                .filter(e -> e instanceof TraceEvent.Race).map(e -> (TraceEvent.Race) e).toList();
        assertEquals(1, races.size());
        assertEquals(2, races.get(0).ids().size(), "the second timer and the immediate");
    }

    @Test
    void theOtherOrderLetsTheImmediateInBetween() {
        assertEquals("first\nimmediate\nsecond\n", out(run(NESTED, new RaceChoices(List.of(false)))));
    }

    @Test
    void whenTheTimersWinTheRaceWithAnImmediateTheSecondUsuallyComesAfterIt() {
        // Node 20, 60 runs: first, immediate, second 22; immediate first 31; first, second, immediate 7.
        String code = """
                setTimeout(() => console.log('first'), 0);
                setTimeout(() => console.log('second'), 0);
                setImmediate(() => console.log('immediate'));
                """;
        RaceChoices usual = new RaceChoices();
        assertEquals("first\nimmediate\nsecond\n", out(run(code, usual)));
        assertEquals(List.of(true, false), usual.taken());
        assertEquals("first\nsecond\nimmediate\n", out(run(code, new RaceChoices(List.of(true, true)))));
        assertEquals("immediate\nfirst\nsecond\n", out(run(code, new RaceChoices(List.of(false)))));
    }

    @Test
    void afterATimerSetAndClearedFirstThePairDoesNotRace() {
        // Node 20: 0 runs in 40 with the immediate between them once the timer code is warm.
        Runs.Result r = run("clearTimeout(setTimeout(() => {}, 0));\n" + NESTED, new RaceChoices());
        assertEquals("first\nsecond\nimmediate\n", out(r));
        assertEquals(0, r.events().stream().filter(e -> e instanceof TraceEvent.Race).count());
    }
}
