package looplab.engine.node;

import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Node's open flags ({@code 'r'}, {@code 'w+'}, {@code 'ax'}, or O_* numbers) as Java options. */
record OpenFlags(boolean reads, boolean writes, boolean create, boolean truncate, boolean append,
                 boolean exclusive) {
    private static final int O_WRONLY = 1;
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0100;
    private static final int O_EXCL = 0200;
    private static final int O_TRUNC = 01000;
    private static final int O_APPEND = 02000;

    static OpenFlags parse(Object flags) {
        if (flags instanceof Number n) {
            int f = n.intValue();
            int acc = f & 3;
            return new OpenFlags(acc != O_WRONLY, acc != 0, (f & O_CREAT) != 0, (f & O_TRUNC) != 0,
                    (f & O_APPEND) != 0, (f & O_EXCL) != 0);
        }
        String s = flags == null ? "r" : flags.toString().replace("s", "");
        boolean plus = s.contains("+");
        boolean x = s.contains("x");
        return switch (s.charAt(0)) {
            case 'w' -> new OpenFlags(plus, true, true, true, false, x);
            case 'a' -> new OpenFlags(plus, true, true, false, true, x);
            default -> new OpenFlags(true, plus, false, false, false, false);
        };
    }

    List<OpenOption> options() {
        List<OpenOption> o = new ArrayList<>();
        if (reads) {
            o.add(StandardOpenOption.READ);
        }
        if (writes) {
            o.add(StandardOpenOption.WRITE);
        }
        if (create) {
            o.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if (truncate) {
            o.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (append && !reads) {
            o.add(StandardOpenOption.APPEND);
        }
        return o;
    }
}
