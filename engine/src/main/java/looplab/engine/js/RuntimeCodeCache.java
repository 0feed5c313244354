package looplab.engine.js;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import javax.script.ScriptEngine;
import org.openjdk.nashorn.internal.codegen.Compiler;
import org.openjdk.nashorn.internal.objects.Global;
import org.openjdk.nashorn.internal.runtime.CodeStore;
import org.openjdk.nashorn.internal.runtime.Context;
import org.openjdk.nashorn.internal.runtime.ScriptEnvironment;
import org.openjdk.nashorn.internal.runtime.Source;
import org.openjdk.nashorn.internal.runtime.StoredScript;

/**
 * Nashorn's persistent code cache, for looplab's own runtime scripts only: the classes Nashorn
 * compiles from {@code looplab/runtime/*.js} (each function when first called) are kept on
 * disk and loaded by the next process instead of being parsed and compiled again, which is
 * most of what a cold run of a small script spends in Nashorn. User scripts are never stored.
 *
 * <p>Nashorn's own store ({@code --persistent-code-cache}) cannot be used as it is: it names its
 * directory after a SHA-1 of the jar it was loaded from, which for looplab's 19 MB jar costs a
 * cold run more than the cache saves, and it would store every user script too. So this store
 * is put in place of Nashorn's on an engine built without the option. The directory belongs to
 * one build (the launcher empties it when the jar changes); entries are keyed by the script's
 * name, length and hash code ({@link #file}) and the function's id and parameter types, and written
 * to a temporary file first, so processes running at once never read half an entry (a broken
 * or unreadable entry is simply compiled again).
 *
 * <p>One process fills a directory, the others only read it. A stored class is named after the
 * compilation that made it ({@code Script$Recompilation$100$console}), and Nashorn installs
 * stored and freshly compiled classes into the same class loader: if a fresh compilation of
 * the reading process took id 100 too, or two writers each stored an id 100, the second
 * definition fails ('attempted duplicate class definition') and the program with it. So the
 * process that creates the directory's {@value #WRITER} token is the writer (it never loads,
 * and its ids are all distinct), and every other process starts its own compilations at
 * {@value #FRESH_IDS}, above any id a writer reaches, and loads no entry at or above it.
 */
final class RuntimeCodeCache extends CodeStore {
    /** System property naming the cache directory; no property, no cache. */
    static final String PROPERTY = "looplab.codeCache";
    private static final String RUNTIME_PREFIX = "node:internal/";
    /** The file whose creation makes a process the directory's one writer. */
    static final String WRITER = "writer";
    /** First compilation id of a reading process; a writer compiles far fewer functions. */
    static final int FRESH_IDS = 1 << 24;

    /**
     * System property that makes a reading process list the entries it loads, in order, in the
     * directory when it exits: its value names the list, {@value ReadAhead#BOOT} or
     * {@value ReadAhead#ORDER} (the launcher's training, see {@link ReadAhead}).
     */
    static final String RECORD_PROPERTY = "looplab.codeCache.record";

    private final Path dir;
    private final boolean writer;
    /** The entries read ahead on another thread; {@code null}: none. */
    private ReadAhead readAhead;
    /**
     * The names of the entries this process loaded so far, all engines together, when
     * recording; {@code null}: not recording.
     */
    private static volatile java.util.List<String> loaded;

    private RuntimeCodeCache(Path dir, boolean writer) {
        this.dir = dir;
        this.writer = writer;
    }

    /**
     * Builds an engine with {@code build} and puts a cache in {@code dir} under it, if it can
     * (otherwise the engine compiles the runtime, as without the property). A directory a
     * training run has listed the entries of ({@link ReadAhead}) starts being read
     * ahead while the engine is built.
     */
    static ScriptEngine install(String dir, Supplier<ScriptEngine> build) {
        if (dir == null || dir.isEmpty()) {
            return build.get();
        }
        Path path = Path.of(dir);
        ReadAhead readAhead = ReadAhead.start(path, name -> read(path, name));
        ScriptEngine engine;
        try {
            engine = build.get();
        } catch (RuntimeException | Error e) {
            if (readAhead != null) {
                readAhead.abandon(); // no engine, no global: the reading thread ends
            }
            throw e;
        }
        try {
            Files.createDirectories(path);
            Field contextField = engine.getClass().getDeclaredField("nashornContext");
            contextField.setAccessible(true);
            Context context = (Context) contextField.get(engine);
            boolean writer;
            try {
                Files.createFile(path.resolve(WRITER));
                writer = true;
            } catch (FileAlreadyExistsException e) {
                writer = false;
                Compiler.updateCompilationId(FRESH_IDS - 1);
            }
            RuntimeCodeCache store = new RuntimeCodeCache(path, writer);
            store.initLogger(context);
            if (!writer && readAhead != null) {
                readAhead.begin(engineGlobal(engine));
                store.readAhead = readAhead;
                readAhead = null;
            }
            String record = System.getProperty(RECORD_PROPERTY);
            if (!writer && record != null && (record.equals(ReadAhead.BOOT) || record.equals(ReadAhead.ORDER))) {
                recordLoads(path, record);
            }
            Field storeField = Context.class.getDeclaredField("codeStore");
            storeField.setAccessible(true);
            Field enabled = ScriptEnvironment.class.getDeclaredField("_persistent_cache");
            enabled.setAccessible(true);
            storeField.set(context, store);
            enabled.setBoolean(context.getEnv(), true);
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            // No cache: every run compiles the runtime, as without the property.
        } finally {
            if (readAhead != null) {
                readAhead.abandon();
            }
        }
        return engine;
    }

    private static boolean cacheable(Source source) {
        String name = source.getName();
        return name != null && name.startsWith(RUNTIME_PREFIX);
    }

    /**
     * The entry of one function of one script. The script is named by its own name (the last
     * part of {@code node:internal/NAME}), its length and Nashorn's hash code of its name and
     * text, which Nashorn has already computed for its class cache, rather than by
     * {@code Source.getDigest()}: a SHA-1 of each script's whole text, computed by interpreted
     * code at every cold start (2% of a hello.js run), to tell apart versions of a text that
     * one build, and so one directory, never holds two of.
     */
    private Path file(Source source, String functionKey) {
        String name = source.getName();
        return dir.resolve(name.substring(name.lastIndexOf('/') + 1) + '-' + Integer.toHexString(source.getLength())
                + Integer.toHexString(source.hashCode()) + '-' + functionKey);
    }

    @Override
    public StoredScript load(Source source, String functionKey) {
        if (writer || !cacheable(source)) {
            return null;
        }
        String name = file(source, functionKey).getFileName().toString();
        // Looplab's time, not the program's, though a program's call may be what needs it.
        looplab.engine.loop.OwnWork.begin();
        StoredScript script;
        try {
            script = readAhead != null ? readAhead.take(name) : read(dir, name);
        } finally {
            looplab.engine.loop.OwnWork.end();
        }
        java.util.List<String> recording = loaded;
        if (recording != null && script != null) {
            synchronized (recording) {
                recording.add(name);
            }
        }
        return script;
    }

    /** The stored entry {@code name} in {@code dir}; {@code null} if there is none or it cannot be read. */
    private static StoredScript read(Path dir, String name) {
        try (InputStream raw = Files.newInputStream(dir.resolve(name));
             ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw))) {
            StoredScript script = (StoredScript) in.readObject();
            return script.getCompilationId() < FRESH_IDS ? script : null;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the names of the entries loaded, in order, to {@code list} in {@code dir} at exit. */
    private static synchronized void recordLoads(Path dir, String list) {
        if (loaded != null) {
            return; // a second engine of the process: one list for all
        }
        java.util.List<String> recording = new java.util.ArrayList<>();
        loaded = recording;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            String names;
            synchronized (recording) {
                names = String.join("\n", recording) + "\n";
            }
            try {
                replaceAtomically(dir, dir.resolve(list), out -> out.write(names.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                // No list: later runs read entries on demand only.
            }
        }));
    }

    /** The global a {@link javax.script.ScriptEngine} of Nashorn's was made with. */
    static Global engineGlobal(ScriptEngine engine) throws ReflectiveOperationException {
        Field global = engine.getClass().getDeclaredField("global");
        global.setAccessible(true);
        return (Global) global.get(engine);
    }

    @Override
    public StoredScript store(String functionKey, Source source, StoredScript script) {
        if (!writer || script == null || !cacheable(source)) {
            return null;
        }
        Path file = file(source, functionKey);
        if (Files.exists(file)) {
            return script;
        }
        try {
            replaceAtomically(dir, file, raw -> {
                ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(raw));
                out.writeObject(script);
                out.flush();
            });
            return script;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What writes a file's content. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary file in {@code dir} moved in place at once, so
     * that processes reading at the same time never see half a file; on failure no temporary
     * file is left behind.
     */
    private static void replaceAtomically(Path dir, Path target, Content content) throws IOException {
        Path temp = Files.createTempFile(dir, "part", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
