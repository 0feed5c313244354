package looplab.engine.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.nashorn.internal.objects.Global;
import org.openjdk.nashorn.internal.runtime.StoredScript;

/**
 * Reading code-cache entries ahead ({@link ReadAhead}) with a reader that records who read
 * what: every entry is handed out as read, once, by whichever thread got to it first.
 */
class ReadAheadTest {
    private static Global global;

    @TempDir
    Path dir;

    /** Entries by name; each read is logged as "name@thread". */
    private final Map<String, StoredScript> stored = new ConcurrentHashMap<>();
    private final List<String> reads = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void engine() throws ReflectiveOperationException {
        global = RuntimeCodeCache.engineGlobal(Sandbox.newEngine());
    }

    private StoredScript read(String name) {
        try {
            if (name.startsWith("broken")) {
                throw new IllegalStateException("unreadable entry");
            }
            return stored.computeIfAbsent(name, n -> new StoredScript(1, n, Map.of(), Map.of(), new Object[0]));
        } finally {
            // Logged once the entry is in `stored`: a test that waits for the read to be logged
            // then compares stored.get(name) with what take(name) hands out (it had compared a
            // null with the entry when the reading thread was between the two, under load).
            reads.add(name + "@" + Thread.currentThread().getName());
        }
    }

    private ReadAhead start(List<String> boot, List<String> order) throws Exception {
        Files.write(dir.resolve(ReadAhead.BOOT), boot);
        Files.write(dir.resolve(ReadAhead.ORDER), order);
        return ReadAhead.start(dir, this::read);
    }

    private long readsOf(String name) {
        return reads.stream().filter(r -> r.startsWith(name + "@")).count();
    }

    private Set<String> readers(String name) {
        return reads.stream().filter(r -> r.startsWith(name + "@")).map(r -> r.substring(r.indexOf('@') + 1))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "never happened: " + what);
            Thread.sleep(5);
        }
    }

    @Test
    void bootEntriesAreReadOnTheOtherThreadOnceTheEngineExistsAndHandedOutOnce() throws Exception {
        ReadAhead ahead = start(List.of("b1", "b2", "b3"), List.of("b1", "o1"));
        Thread.sleep(200);
        assertEquals(List.of(), reads, "nothing is read before the engine's global is given");
        ahead.begin(global);
        await(() -> readsOf("b3") == 1, "the boot entries read");
        for (String name : List.of("b1", "b2", "b3")) {
            assertSame(stored.get(name), ahead.take(name), name);
            assertEquals(Set.of("looplab-code-cache"), readers(name), name + " read on the reading thread only");
        }
        assertEquals(0, readsOf("o1"), "a boot entry taken reads nothing after it");
    }

    @Test
    void anEntryOutsideTheBootListHasTheEntriesTheTrainingLoadedNextReadAhead() throws Exception {
        ReadAhead ahead = start(List.of("b1"), List.of("b1", "o1", "o2", "o3", "o4", "o5", "o6", "o7"));
        ahead.begin(global);
        await(() -> readsOf("b1") == 1, "the boot entry read");
        StoredScript o2 = ahead.take("o2");
        assertSame(stored.get("o2"), o2);
        assertEquals(Set.of(Thread.currentThread().getName()), readers("o2"), "nobody had started it: read by the taker");
        int window = ReadAhead.WINDOW;
        String last = "o" + (2 + window);
        await(() -> readsOf(last) == 1, "the window after o2 read");
        for (int i = 3; i <= 2 + window; i++) {
            String name = "o" + i;
            assertSame(stored.get(name), ahead.take(name), name);
            assertEquals(1, readsOf(name), name + " read once");
        }
        assertEquals(0, readsOf("o1"), "nothing before the entry taken");
        // Each take outside the boot list moved the window on: o7 is read too, and only once.
        await(() -> readsOf("o7") == 1, "o7 read");
        Thread.sleep(100);
        assertEquals(1, readsOf("o7"));
    }

    @Test
    void anUnreadableEntryIsNullAndAnUnlistedOneIsReadByTheTaker() throws Exception {
        ReadAhead ahead = start(List.of("broken1", "b2"), List.of());
        ahead.begin(global);
        await(() -> readsOf("b2") == 1, "the boot entries read");
        assertNull(ahead.take("broken1"), "an entry the reading thread failed to read: compiled again");
        assertSame(stored.get("b2"), ahead.take("b2"));
        StoredScript other = ahead.take("unlisted");
        assertSame(stored.get("unlisted"), other);
        assertEquals(Set.of(Thread.currentThread().getName()), readers("unlisted"));
    }

    @Test
    void anEntryTakenAgainIsReadAgain() throws Exception {
        // Each engine of a process installs its own copy: nothing handed out is kept.
        ReadAhead ahead = start(List.of("b1"), List.of());
        ahead.begin(global);
        await(() -> readsOf("b1") == 1, "the boot entry read");
        ahead.take("b1");
        ahead.take("b1");
        assertEquals(2, readsOf("b1"));
    }

    @Test
    void withoutTheEngineOrWithoutABootListEveryEntryIsReadByItsTaker() throws Exception {
        ReadAhead abandoned = start(List.of("b1", "b2"), List.of("b1", "b2"));
        abandoned.abandon();
        StoredScript b2 = abandoned.take("b2");
        assertSame(stored.get("b2"), b2);
        Thread.sleep(100);
        assertEquals(Set.of(Thread.currentThread().getName()), readers("b2"));
        assertEquals(0, readsOf("b1"), "an abandoned read-ahead reads nothing");

        Files.delete(dir.resolve(ReadAhead.BOOT));
        assertNull(ReadAhead.start(dir, this::read), "no boot list: no reading thread");
    }
}
