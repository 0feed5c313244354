package looplab.lessons.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import looplab.lessons.model.SupportFile;
import looplab.lessons.run.SnippetRunner;

/**
 * The directory every program of a grading run sees, fresh for each: a copy of the exercise's
 * directory (or of {@code --root}) with the exercise's support files written in. The files are
 * read once and written out per submission, so a script that changes or deletes them changes
 * only its own copy.
 *
 * <p>Not copied: Markdown files (the exercise and its neighbours hold references), hidden files
 * and directories ({@code .git}), symbolic links, the submissions themselves and the report
 * directory. A directory too big to copy for every submission is an error, not a slow run.
 */
final class Workspace implements AutoCloseable {
    static final int MAX_FILES = 500;
    static final long MAX_BYTES = 16L << 20;

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Path scratch;
    private final AtomicInteger next = new AtomicInteger();

    /**
     * @param source  the directory to copy, or {@code null} for none (a built-in exercise)
     * @param support the exercise's support files, written over the copy
     * @param exclude files and directories never copied (submissions, the report directory)
     */
    Workspace(Path source, Iterable<SupportFile> support, Set<Path> exclude) throws IOException {
        if (source != null) {
            read(source.toAbsolutePath().normalize(), exclude);
        }
        for (SupportFile f : support) {
            files.put(f.name(), f.content().getBytes(StandardCharsets.UTF_8));
        }
        scratch = Files.createTempDirectory("looplab-grade").toRealPath();
    }

    private void read(Path root, Set<Path> exclude) throws IOException {
        Set<Path> skip = exclude.stream().map(p -> p.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
        long[] bytes = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                return hidden || skip.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (!attrs.isRegularFile() || name.startsWith(".") || name.endsWith(".md") || skip.contains(file)) {
                    return FileVisitResult.CONTINUE;
                }
                bytes[0] += attrs.size();
                if (files.size() >= MAX_FILES || bytes[0] > MAX_BYTES) {
                    throw new IOException(root + " is too big to copy for every submission (more than "
                            + MAX_FILES + " files or " + (MAX_BYTES >> 20) + " MB); put the exercise in a "
                            + "directory of its own, or name one with --root");
                }
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A new directory holding the copy, named after {@code label}; {@link #delete} it when done. */
    Path fresh(String label) {
        try {
            String safe = label.replaceAll("[^A-Za-z0-9_.-]", "_");
            Path dir = Files.createDirectory(scratch.resolve(next.incrementAndGet() + "-" + safe));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch directory: " + e.getMessage(), e);
        }
    }

    /** Whether the copy holds a file of this name (a submission must not hide one). */
    boolean holds(String name) {
        return files.containsKey(name);
    }

    static void delete(Path dir) {
        SnippetRunner.delete(dir);
    }

    @Override
    public void close() {
        SnippetRunner.delete(scratch);
    }
}
