package looplab.engine.js;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.nashorn.internal.objects.Global;
import org.openjdk.nashorn.internal.runtime.Context;
import org.openjdk.nashorn.internal.runtime.StoredScript;

/**
 * Reads runtime code-cache entries on a thread of its own, ahead of the thread that loads them.
 *
 * <p>Why: a cold run spent much of its time deserializing the stored classes of the runtime's
 * functions, one at a time, each just before its function first ran (hello.js: 49 entries,
 * ~125 ms, the first one also warming Java's serialization up; a 30-line async/await script:
 * 193 entries), while the machine's second core sat idle. Deserializing needs no more than
 * the engine's context (Nashorn's function data finds it through the thread's global), so
 * this thread can read entries while the loading thread defines and runs the ones it has.
 *
 * <p>What to read comes from two lists the launcher's training leaves in the cache directory:
 * {@value #BOOT} (what a one-line program loads, which every run loads, in order), read from
 * the start; and {@value #ORDER} (the order a long training program loaded every entry in):
 * when a run loads an entry outside the boot list, the {@value #WINDOW} entries the training
 * loaded next are read, as a file system reads ahead of a sequential reader. Over the 48
 * shared parity puzzles that finds 79% of the entries outside the boot list before they are
 * wanted, at about 24 entries read in vain per program (on the other core).
 *
 * <p>Whoever asks for an entry first reads it: the loading thread never waits for an entry
 * this thread has not started, only for one it is reading (which it would otherwise have read
 * itself), and an entry either thread fails to read is compiled again, as without the lists.
 * Serialization is warmed up while the engine is still being built, with the JDK's own classes
 * only: initializing Nashorn's classes here while the building thread initializes them too
 * could deadlock. Nothing here changes what a program does, only which thread reads and when.
 */
final class ReadAhead {
    /** The entries every run loads, one file name per line, in the order they are loaded. */
    static final String BOOT = "boot.list";
    /** Every entry, in the order the training loaded them. */
    static final String ORDER = "order.list";
    /** How many entries of {@value #ORDER} are read after the one a run loads. */
    static final int WINDOW = 4;
    /** Idle this long, the thread ends (a REPL or a long program loads little after its start). */
    private static final long IDLE_SECONDS = 2;
    /** Put in place of an entry once it was handed out: the map keeps no classes alive. */
    private static final FutureTask<StoredScript> TAKEN = new FutureTask<>(() -> null);

    static {
        TAKEN.run();
    }

    private final Map<String, FutureTask<StoredScript>> entries = new ConcurrentHashMap<>();
    private final BlockingDeque<FutureTask<StoredScript>> queue = new LinkedBlockingDeque<>();
    private final CompletableFuture<Global> global = new CompletableFuture<>();
    private final Function<String, StoredScript> reader;
    private final Set<String> boot;
    private final List<String> order;
    private final Map<String, Integer> position = new HashMap<>();
    /** False once the reading thread has ended: nothing more is queued. */
    private volatile boolean reading = true;

    private ReadAhead(Function<String, StoredScript> reader, List<String> boot, List<String> order) {
        this.reader = reader;
        this.boot = new HashSet<>(boot);
        this.order = order;
        for (int i = 0; i < order.size(); i++) {
            position.putIfAbsent(order.get(i), i);
        }
        for (String name : boot) {
            enqueue(name, false);
        }
    }

    /**
     * Starts warming up to read the entries of {@code dir}'s lists with {@code reader}, which
     * it does once {@link #begin} gives the engine's global; {@code null} if there is no boot list.
     */
    static ReadAhead start(Path dir, Function<String, StoredScript> reader) {
        List<String> boot;
        List<String> order;
        try {
            boot = Files.readAllLines(dir.resolve(BOOT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        try {
            order = Files.readAllLines(dir.resolve(ORDER), StandardCharsets.UTF_8);
        } catch (IOException e) {
            order = List.of();
        }
        ReadAhead ahead = new ReadAhead(reader, boot, order);
        Thread thread = new Thread(ahead::readAhead, "looplab-code-cache");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** The engine exists: reading may start, with its global as this thread's. */
    void begin(Global engineGlobal) {
        global.complete(engineGlobal);
    }

    /** The entries will not be loaded here (no cache after all): the thread ends. */
    void abandon() {
        global.complete(null);
    }

    /** The entry {@code name} ({@code null}: unreadable), read here or by the reading thread. */
    StoredScript take(String name) {
        FutureTask<StoredScript> task = entries.computeIfAbsent(name, this::task);
        if (task == TAKEN) {
            task = task(name); // handed out before: another engine of this process wants it too
        }
        task.run(); // does nothing when the reading thread has already started it
        if (!boot.contains(name)) {
            readAfter(name);
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            entries.put(name, TAKEN);
        }
    }

    /** Queues the entries the training loaded after {@code name}, the nearest first. */
    private void readAfter(String name) {
        Integer at = position.get(name);
        if (at == null || !reading) {
            return;
        }
        for (int i = Math.min(order.size() - 1, at + WINDOW); i > at; i--) {
            enqueue(order.get(i), true);
        }
    }

    /** Queues {@code name} for the reading thread, first or last, unless it is known already. */
    private void enqueue(String name, boolean first) {
        if (name.isEmpty()) {
            return;
        }
        FutureTask<StoredScript> fresh = task(name);
        if (entries.putIfAbsent(name, fresh) == null) {
            if (first) {
                queue.offerFirst(fresh);
            } else {
                queue.offerLast(fresh);
            }
        }
    }

    private void readAhead() {
        try {
            warmUpSerialization();
            Global engineGlobal = global.join();
            if (engineGlobal == null) {
                return;
            }
            Context.setGlobal(engineGlobal);
            FutureTask<StoredScript> next;
            while ((next = queue.poll(IDLE_SECONDS, TimeUnit.SECONDS)) != null) {
                next.run(); // does nothing when the loading thread got there first
            }
        } catch (InterruptedException e) {
            // Ends the thread: what is left is read on demand.
        } finally {
            reading = false;
            queue.clear();
        }
    }

    /**
     * Reads back a graph of the JDK classes a stored entry holds, so that the first entry
     * finds Java's serialization loaded, linked and its class descriptors made.
     */
    private static void warmUpSerialization() {
        Map<Object, Object> sample = new HashMap<>();
        sample.put("classes", new Class<?>[] {Object.class});
        sample.put(1, new Object[] {MethodType.methodType(Object.class, int.class), new LinkedHashMap<>(Map.of(2, 3)),
                new HashSet<>(List.of(4)), Collections.emptySet(), Collections.emptyMap(),
                Collections.singletonMap(5, 6), Collections.singleton(7)});
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(sample);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            // Only a warm-up: the entries are read all the same.
        }
    }

    private FutureTask<StoredScript> task(String name) {
        return new FutureTask<>(() -> reader.apply(name));
    }
}
