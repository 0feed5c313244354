package looplab.engine.node;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/**
 * A failed file-system call, as libuv reports it: an errno code (Node's {@code err.code}), its
 * negative number, libuv's description, the syscall and the path(s) as the program gave them.
 * {@code fs.js} turns it into Node's error object ({@code ENOENT: no such file or directory,
 * open 'x'}).
 */
final class FsError extends Exception {
    /** code → errno (Linux) and libuv's {@code uv_strerror} text. */
    private static final Map<String, Object[]> CODES = Map.ofEntries(
            Map.entry("EPERM", new Object[] {-1, "operation not permitted"}),
            Map.entry("ENOENT", new Object[] {-2, "no such file or directory"}),
            Map.entry("EIO", new Object[] {-5, "i/o error"}),
            Map.entry("EBADF", new Object[] {-9, "bad file descriptor"}),
            Map.entry("EACCES", new Object[] {-13, "permission denied"}),
            Map.entry("EEXIST", new Object[] {-17, "file already exists"}),
            Map.entry("EXDEV", new Object[] {-18, "cross-device link not permitted"}),
            Map.entry("ENOTDIR", new Object[] {-20, "not a directory"}),
            Map.entry("EISDIR", new Object[] {-21, "illegal operation on a directory"}),
            Map.entry("EINVAL", new Object[] {-22, "invalid argument"}),
            Map.entry("EMFILE", new Object[] {-24, "too many open files"}),
            Map.entry("ENOSPC", new Object[] {-28, "no space left on device"}),
            Map.entry("EROFS", new Object[] {-30, "read-only file system"}),
            Map.entry("ENOTEMPTY", new Object[] {-39, "directory not empty"}),
            Map.entry("ELOOP", new Object[] {-40, "too many symbolic links encountered"}));

    /** strerror() texts, as Java's FileSystemException reasons carry them, → code. */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("Operation not permitted", "EPERM"),
            Map.entry("No such file or directory", "ENOENT"),
            Map.entry("Bad file descriptor", "EBADF"),
            Map.entry("Permission denied", "EACCES"),
            Map.entry("File exists", "EEXIST"),
            Map.entry("Invalid cross-device link", "EXDEV"),
            Map.entry("Not a directory", "ENOTDIR"),
            Map.entry("Is a directory", "EISDIR"),
            Map.entry("Invalid argument", "EINVAL"),
            Map.entry("Too many open files", "EMFILE"),
            Map.entry("No space left on device", "ENOSPC"),
            Map.entry("Read-only file system", "EROFS"),
            Map.entry("Directory not empty", "ENOTEMPTY"),
            Map.entry("Too many levels of symbolic links", "ELOOP"));

    final String code;
    final String syscall;
    final String path;
    final String dest;

    FsError(String code, String syscall, String path, String dest) {
        super(code, null, false, false);
        this.code = code;
        this.syscall = syscall;
        this.path = path;
        this.dest = dest;
    }

    FsError(String code, String syscall, String path) {
        this(code, syscall, path, null);
    }

    int errno() {
        Object[] e = CODES.get(code);
        return e == null ? -5 : (Integer) e[0];
    }

    String description() {
        Object[] e = CODES.get(code);
        return e == null ? "i/o error" : (String) e[1];
    }

    /** Translates what Java threw into the errno libuv would have reported. */
    static FsError of(IOException e, String syscall, String path, String dest) {
        return new FsError(codeOf(e), syscall, path, dest);
    }

    static FsError of(IOException e, String syscall, String path) {
        return of(e, syscall, path, null);
    }

    static String codeOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "ENOENT";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "EEXIST";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "ENOTEMPTY";
        }
        if (e instanceof NotDirectoryException) {
            return "ENOTDIR";
        }
        if (e instanceof AccessDeniedException) {
            return "EACCES";
        }
        if (e instanceof NotLinkException) {
            return "EINVAL";
        }
        if (e instanceof FileSystemLoopException) {
            return "ELOOP";
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason != null) {
            for (Map.Entry<String, String> r : REASONS.entrySet()) {
                if (reason.contains(r.getKey())) {
                    return r.getValue();
                }
            }
        }
        return "EIO";
    }
}
