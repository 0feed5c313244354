package looplab.engine.node;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The program's open files by descriptor number. The kernel hands out the lowest free number;
 * so does this table, from 18 up (what a Node 20 process usually gets first, after its own
 * internal descriptors). Used from pool workers and the loop thread alike.
 */
final class FdTable {
    private static final int FIRST = 18;

    /** An open file; {@code channel} is {@code null} for a directory opened read-only. */
    record OpenFile(Path path, FileChannel channel, boolean append) {}

    private final Map<Integer, OpenFile> open = new TreeMap<>();

    synchronized int add(OpenFile f) {
        int fd = FIRST;
        while (open.containsKey(fd)) {
            fd++;
        }
        open.put(fd, f);
        return fd;
    }

    synchronized OpenFile get(int fd, String syscall) throws FsError {
        OpenFile f = open.get(fd);
        if (f == null) {
            throw new FsError("EBADF", syscall, null);
        }
        return f;
    }

    void remove(int fd, String syscall) throws FsError {
        OpenFile f;
        synchronized (this) {
            f = open.remove(fd);
        }
        if (f == null) {
            throw new FsError("EBADF", syscall, null);
        }
        if (f.channel() != null) {
            try {
                f.channel().close();
            } catch (IOException e) {
                throw FsError.of(e, syscall, null);
            }
        }
    }

    synchronized void closeAll() {
        for (OpenFile f : open.values()) {
            if (f.channel() != null) {
                try {
                    f.channel().close();
                } catch (IOException ignored) {
                    // The process is ending.
                }
            }
        }
        open.clear();
    }
}
