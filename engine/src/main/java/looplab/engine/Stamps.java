package looplab.engine;

/**
 * Start-up time stamps for finding where a cold run spends its time: with
 * {@code -Dlooplab.stamps=true} (e.g. through {@code LOOPLAB_JAVA_OPTS}), each {@link #mark}
 * prints the milliseconds since the JVM started and since the previous mark on stderr.
 * Off, a mark is one read of a constant.
 */
public final class Stamps {
    private static final boolean ON = Boolean.getBoolean("looplab.stamps");
    private static long last;
    private static long lastCpu;

    private Stamps() {
    }

    public static void mark(String what) {
        if (!ON) {
            return;
        }
        long now = System.currentTimeMillis();
        long start = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(now);
        long cpu = processCpuMs();
        System.err.printf("looplab stamp %6d ms (+%5d)  cpu %6d ms (+%5d)  %s%n", now - start,
                last == 0 ? 0 : now - last, cpu, cpu - lastCpu, what);
        last = now;
        lastCpu = cpu;
    }

    /** User + system time of the whole process so far (all threads: JIT and GC too). */
    private static long processCpuMs() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // clock ticks of 10 ms
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
