package looplab.engine.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code --root=DIR}: where the program's file-system calls and file {@code require}s may go.
 *
 * <p>A path is resolved the way the kernel walks it — component by component, every symbolic
 * link replaced by its target, {@code ..} applied to what the path really is at that point —
 * and only then compared with the (real) root. So {@code ../x}, an absolute path elsewhere and a
 * link inside the root that points outside are all refused, with Node's {@code EACCES}, before
 * anything is opened; a link to a file that does not exist yet (a write through a dangling
 * link) is caught too. The operation then runs on the resolved path. Without a root every path
 * is allowed and used as given (resolved against the working directory).
 */
final class FileRoot {
    private static final int MAX_LINKS = 40;
    private final Path cwd;
    private final Path root;

    /** {@code root} may be {@code null}: unrestricted. */
    FileRoot(Path cwd, Path root) {
        this.cwd = cwd.toAbsolutePath();
        Path real = null;
        if (root != null) {
            try {
                real = root.toAbsolutePath().toRealPath();
            } catch (IOException e) {
                real = root.toAbsolutePath().normalize();
            }
        }
        this.root = real;
    }

    boolean isConfined() {
        return root != null;
    }

    /**
     * The path an operation on {@code given} should use. {@code followLast} is false for calls
     * that act on a link itself (lstat, unlink, rename): its parent is resolved, the last name
     * kept — but a link leading outside the root is still refused.
     */
    Path resolve(String given, String syscall, boolean followLast) throws FsError {
        return resolve(given, syscall, followLast, true);
    }

    /** For {@code mkdir -p}: missing directories along the way are not an error. */
    Path resolveAllowingMissing(String given, String syscall) throws FsError {
        return resolve(given, syscall, true, false);
    }

    private Path resolve(String given, String syscall, boolean followLast, boolean strict) throws FsError {
        Path abs = cwd.resolve(given);
        if (root == null) {
            return abs;
        }
        Path real = walk(abs, given, syscall, strict);
        if (!inside(real)) {
            throw new FsError("EACCES", syscall, given);
        }
        if (followLast) {
            return real;
        }
        Path lexical = abs.normalize();
        Path name = lexical.getFileName();
        if (name == null) {
            return real;
        }
        Path parent = walk(lexical.getParent() == null ? Path.of("/") : lexical.getParent(), given, syscall, strict);
        if (!inside(parent)) {
            throw new FsError("EACCES", syscall, given);
        }
        return parent.resolve(name);
    }

    private boolean inside(Path real) {
        return real.startsWith(root);
    }

    /**
     * realpath(3) that tolerates a missing last name (a file about to be created). As the
     * kernel does, a missing directory or a file in the middle of the path is ENOENT/ENOTDIR
     * ({@code strict}), even when a later {@code ..} would climb back out of it.
     */
    private Path walk(Path abs, String given, String syscall, boolean strict) throws FsError {
        Deque<String> todo = new ArrayDeque<>();
        for (Path part : abs) {
            todo.addLast(part.toString());
        }
        Path result = Path.of("/");
        int links = 0;
        while (!todo.isEmpty()) {
            String part = todo.pollFirst();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                result = result.getParent() == null ? result : result.getParent();
                continue;
            }
            Path next = result.resolve(part);
            if (Files.isSymbolicLink(next)) {
                if (++links > MAX_LINKS) {
                    throw new FsError("ELOOP", syscall, given);
                }
                Path target;
                try {
                    target = Files.readSymbolicLink(next);
                } catch (IOException e) {
                    throw new FsError("EACCES", syscall, given);
                }
                ArrayDeque<String> parts = new ArrayDeque<>();
                for (Path p : target) {
                    parts.addLast(p.toString());
                }
                while (!parts.isEmpty()) {
                    todo.addFirst(parts.pollLast());
                }
                if (target.isAbsolute()) {
                    result = Path.of("/");
                }
            } else {
                if (strict && !todo.isEmpty() && !Files.isDirectory(next)) {
                    // Outside the root, even whether something exists is not the program's business.
                    throw new FsError(!inside(next) ? "EACCES" : Files.exists(next) ? "ENOTDIR" : "ENOENT",
                            syscall, given);
                }
                result = next;
            }
        }
        return result;
    }

    /** Whether the path exists, without following a final link. */
    static boolean existsNoFollow(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
