package looplab.engine.node;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The blocking half of {@code fs}: one method per libuv request ({@code uv_fs_open},
 * {@code uv_fs_read}, …), run on a pool worker for the callback forms and on the loop thread
 * for the {@code *Sync} ones. Arguments and results are plain Java values (strings, numbers;
 * bytes travel as Latin-1 strings, one char per byte); nothing here touches JavaScript. Every
 * path goes through {@link FileRoot} first. Failures are {@link FsError}s with the syscall and
 * path Node would name.
 */
final class FsOps {
    private final FileRoot root;
    private final FdTable fds = new FdTable();

    FsOps(FileRoot root) {
        this.root = root;
    }

    FileRoot root() {
        return root;
    }

    /** Runs one request by name; {@code a} holds its arguments. */
    Object run(String op, Object[] a) throws FsError {
        return switch (op) {
            case "open" -> open(str(a, 0), a[1], "open");
            case "close" -> close(fd(a));
            case "read" -> read(fd(a), (int) num(a, 1), num(a, 2));
            case "write" -> write(fd(a), str(a, 1), str(a, 2), num(a, 3));
            case "fstat" -> statJson(fds.get(fd(a), "fstat").path(), true, "fstat", null);
            case "stat" -> statJson(root.resolve(str(a, 0), "stat", true), true, "stat", str(a, 0));
            case "lstat" -> statJson(root.resolve(str(a, 0), "lstat", false), false, "lstat", str(a, 0));
            case "readdir" -> readdir(str(a, 0), bool(a, 1));
            case "mkdir" -> mkdir(str(a, 0), bool(a, 1));
            case "mkdtemp" -> mkdtemp(str(a, 0));
            case "rmdir" -> rmdir(str(a, 0));
            case "rm" -> rm(str(a, 0), bool(a, 1), bool(a, 2));
            case "unlink" -> unlink(str(a, 0));
            case "rename" -> rename(str(a, 0), str(a, 1));
            case "copyfile" -> copyFile(str(a, 0), str(a, 1));
            case "access" -> access(str(a, 0), (int) num(a, 1));
            case "exists" -> exists(str(a, 0));
            case "realpath" -> realpath(str(a, 0));
            case "readAll" -> readAll(str(a, 0), a[1]);
            case "writeAll" -> writeAll(str(a, 0), str(a, 1), str(a, 2), a[3]);
            default -> throw new FsError("EINVAL", op, null);
        };
    }

    /** Closes every descriptor the program left open (end of run). */
    void closeAll() {
        fds.closeAll();
    }

    // ---------------------------------------------------------------- descriptors

    private Object open(String given, Object flags, String syscall) throws FsError {
        OpenFlags f = OpenFlags.parse(flags);
        Path p = root.resolve(given, syscall, true);
        if (Files.isDirectory(p)) {
            if (f.writes() || f.create() && f.exclusive()) {
                throw new FsError(f.exclusive() ? "EEXIST" : "EISDIR", syscall, given);
            }
            return (double) fds.add(new FdTable.OpenFile(p, null, false));
        }
        try {
            FileChannel ch = FileChannel.open(p, f.options().toArray(new OpenOption[0]));
            return (double) fds.add(new FdTable.OpenFile(p, ch, f.append()));
        } catch (IOException e) {
            throw FsError.of(e, syscall, given);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new FsError("EINVAL", syscall, given);
        }
    }

    private Object close(int fd) throws FsError {
        fds.remove(fd, "close");
        return null;
    }

    private Object read(int fd, int length, double position) throws FsError {
        FdTable.OpenFile f = fds.get(fd, "read");
        if (f.channel() == null) {
            throw new FsError("EISDIR", "read", null);
        }
        ByteBuffer buf = ByteBuffer.allocate(Math.max(0, length));
        try {
            int n = position >= 0 ? f.channel().read(buf, (long) position) : f.channel().read(buf);
            return latin1(buf.array(), Math.max(0, n));
        } catch (IOException e) {
            throw FsError.of(e, "read", null);
        }
    }

    private Object write(int fd, String data, String encoding, double position) throws FsError {
        byte[] bytes = bytes(data, encoding);
        if (fd == 1 || fd == 2) {
            throw new FsError("EBADF", "write", null);  // the module writes these itself
        }
        FdTable.OpenFile f = fds.get(fd, "write");
        if (f.channel() == null) {
            throw new FsError("EISDIR", "write", null);
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            int n = 0;
            while (buf.hasRemaining()) {
                if (f.append()) {
                    n += f.channel().write(buf, f.channel().size());
                } else {
                    n += position >= 0 ? f.channel().write(buf, (long) position + n) : f.channel().write(buf);
                }
            }
            return (double) n;
        } catch (IOException e) {
            throw FsError.of(e, "write", null);
        }
    }

    // ---------------------------------------------------------------- whole files (sync forms)

    private Object readAll(String given, Object flags) throws FsError {
        Path p = root.resolve(given, "open", true);
        if (Files.isDirectory(p)) {
            throw new FsError("EISDIR", "read", null);
        }
        try {
            return latin1(Files.readAllBytes(p), -1);
        } catch (IOException e) {
            throw FsError.of(e, "open", given);
        }
    }

    private Object writeAll(String given, String data, String encoding, Object flags) throws FsError {
        OpenFlags f = OpenFlags.parse(flags);
        Path p = root.resolve(given, "open", true);
        if (Files.isDirectory(p)) {
            throw new FsError("EISDIR", "open", given);
        }
        try {
            Files.write(p, bytes(data, encoding), f.options().toArray(new OpenOption[0]));
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "open", given);
        }
    }

    // ---------------------------------------------------------------- paths

    private Object readdir(String given, boolean withTypes) throws FsError {
        Path p = root.resolve(given, "scandir", true);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            ds.forEach(entries::add);
        } catch (IOException e) {
            throw FsError.of(e, "scandir", given);
        }
        // libuv's scandir sorts entries (alphasort), so Node's order is by name.
        entries.sort(Comparator.comparing(e -> e.getFileName().toString()));
        StringBuilder sb = new StringBuilder("[");
        for (Path e : entries) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            String name = e.getFileName().toString();
            if (withTypes) {
                sb.append('[');
                HostBridge.Json.quote(sb, name);
                sb.append(',').append(direntType(e)).append(']');
            } else {
                HostBridge.Json.quote(sb, name);
            }
        }
        return sb.append(']').toString();
    }

    /** libuv's UV_DIRENT_* numbers: 1 file, 2 dir, 3 link, 0 unknown. */
    private static int direntType(Path e) {
        if (Files.isSymbolicLink(e)) {
            return 3;
        }
        if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
            return 2;
        }
        return Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS) ? 1 : 0;
    }

    private Object mkdir(String given, boolean recursive) throws FsError {
        Path p = recursive ? root.resolveAllowingMissing(given, "mkdir") : root.resolve(given, "mkdir", true);
        try {
            if (!recursive) {
                Files.createDirectory(p);
                return null;
            }
            if (Files.isDirectory(p)) {
                return null;
            }
            Path first = p;
            while (first.getParent() != null && !Files.exists(first.getParent())) {
                first = first.getParent();
            }
            Files.createDirectories(p);
            return first.toString();
        } catch (IOException e) {
            throw FsError.of(e, "mkdir", given);
        }
    }

    private static final String TEMP_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /**
     * {@code fs.mkdtemp}: the prefix and six random letters or digits, as libuv's mkdtemp makes
     * them; the path comes back as the prefix was written. An error names the template
     * ({@code prefixXXXXXX}), as Node's does.
     */
    private Object mkdtemp(String prefix) throws FsError {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder name = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) {
                name.append(TEMP_CHARS.charAt(random.nextInt(TEMP_CHARS.length())));
            }
            Path p = root.resolve(name.toString(), "mkdtemp", true);
            try {
                Files.createDirectory(p);
                return name.toString();
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another name
            } catch (IOException e) {
                throw FsError.of(e, "mkdtemp", prefix + "XXXXXX");
            }
        }
        throw new FsError("EEXIST", "mkdtemp", prefix + "XXXXXX");
    }

    private Object rmdir(String given) throws FsError {
        Path p = root.resolve(given, "rmdir", false);
        if (FileRoot.existsNoFollow(p) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new FsError("ENOTDIR", "rmdir", given);
        }
        try {
            Files.delete(p);
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "rmdir", given);
        }
    }

    private Object unlink(String given) throws FsError {
        Path p = root.resolve(given, "unlink", false);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new FsError("EISDIR", "unlink", given);
        }
        try {
            Files.delete(p);
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "unlink", given);
        }
    }

    private Object rm(String given, boolean recursive, boolean force) throws FsError {
        Path p = root.resolve(given, "lstat", false);
        if (!FileRoot.existsNoFollow(p)) {
            if (force) {
                return null;
            }
            throw new FsError("ENOENT", "lstat", given);
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !recursive) {
            throw new FsError("ERR_FS_EISDIR", "rm", given);
        }
        try {
            deleteTree(p);
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "rm", given);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                for (Path child : ds) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(p);
    }

    private Object rename(String from, String to) throws FsError {
        Path a = root.resolve(from, "rename", false);
        Path b = root.resolve(to, "rename", false);
        try {
            Files.move(a, b, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "rename", from, to);
        }
    }

    private Object copyFile(String from, String to) throws FsError {
        Path a = root.resolve(from, "copyfile", true);
        Path b = root.resolve(to, "copyfile", true);
        try {
            Files.copy(a, b, StandardCopyOption.REPLACE_EXISTING);
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "copyfile", from, to);
        }
    }

    private Object access(String given, int mode) throws FsError {
        Path p = root.resolve(given, "access", true);
        if (!Files.exists(p)) {
            throw new FsError("ENOENT", "access", given);
        }
        boolean ok = ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p))
                && ((mode & 1) == 0 || Files.isExecutable(p));
        if (!ok) {
            throw new FsError("EACCES", "access", given);
        }
        return null;
    }

    private Object exists(String given) {
        try {
            return Files.exists(root.resolve(given, "access", true));
        } catch (FsError e) {
            return false;
        }
    }

    private Object realpath(String given) throws FsError {
        Path p = root.resolve(given, "realpath", true);
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            throw FsError.of(e, "realpath", given);
        }
    }

    /** Node's Stats numbers, as JSON: dev mode nlink uid gid rdev blksize ino size blocks, 4 times. */
    private static Object statJson(Path p, boolean follow, String syscall, String given) throws FsError {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> m;
        try {
            m = Files.readAttributes(p, "unix:*", opts);
        } catch (IOException e) {
            throw FsError.of(e, syscall, given);
        }
        long size = ((Number) m.get("size")).longValue();
        double mtime = ms(m.get("lastModifiedTime"));
        double birth = ms(m.get("creationTime"));
        Object[] values = {m.get("dev"), m.get("mode"), m.get("nlink"), m.get("uid"), m.get("gid"),
            m.get("rdev"), 4096, m.get("ino"), size, (size + 4095) / 4096 * 8,
            ms(m.get("lastAccessTime")), mtime, ms(m.get("ctime")), birth == mtime ? 0 : birth};
        StringBuilder sb = new StringBuilder("[");
        for (Object v : values) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(v instanceof Double d ? String.valueOf(d) : String.valueOf(((Number) v).longValue()));
        }
        return sb.append(']').toString();
    }

    private static double ms(Object time) {
        return time instanceof FileTime t ? t.to(TimeUnit.MICROSECONDS) / 1000.0 : 0;
    }

    // ---------------------------------------------------------------- values

    static String latin1(byte[] bytes, int n) {
        return new String(bytes, 0, n < 0 ? bytes.length : n, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String data, String encoding) {
        return "latin1".equals(encoding) ? data.getBytes(StandardCharsets.ISO_8859_1)
                : Utf8.encode(data);
    }

    private static String str(Object[] a, int i) {
        return i < a.length && a[i] != null ? a[i].toString() : null;
    }

    private static double num(Object[] a, int i) {
        return i < a.length && a[i] instanceof Number n ? n.doubleValue() : -1;
    }

    private static boolean bool(Object[] a, int i) {
        return i < a.length && Boolean.TRUE.equals(a[i]);
    }

    private static int fd(Object[] a) {
        return (int) num(a, 0);
    }
}
