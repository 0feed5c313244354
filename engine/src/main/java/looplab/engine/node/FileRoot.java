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
        Path abs = cwd.resolve(given);
        if (root == null) {
            return abs;
        }
        Path real = walk(abs, given, syscall);
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
        Path parent = walk(lexical.getParent() == null ? Path.of("/") : lexical.getParent(), given, syscall);
        if (!inside(parent)) {
            throw new FsError("EACCES", syscall, given);
        }
        return parent.resolve(name);
    }

    private boolean inside(Path real) {
        return real.startsWith(root);
    }

    /** realpath(3) that tolerates a missing tail: existing parts are resolved, the rest kept. */
    private Path walk(Path abs, String given, String syscall) throws FsError {
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
