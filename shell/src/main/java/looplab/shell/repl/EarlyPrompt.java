package looplab.shell.repl;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The first prompt, on the screen as soon as the JVM is up, before JLine's terminal and line
 * reader are built (their set-up costs several times the JVM's own start on this machine).
 *
 * <p>The tty stops echoing and stops collecting lines (ECHO and ICANON off, nothing else
 * changed, no input flushed), so that what is typed before JLine is ready waits unseen in the
 * tty's input queue; JLine's first {@code readLine} then draws the prompt again over this one
 * and reads those keys as if they were typed at it: nothing lost, nothing shown twice. Ctrl-C
 * in that window is remembered ({@link #interrupted}), not the JVM's default exit. The tty's
 * own settings are restored at exit whatever happens ({@link #pty} reports them to JLine as
 * the ones to restore).
 *
 * <p>Started by bin/looplab, the tty is already quiet when the JVM starts (the launcher ran
 * {@code stty -echo -icanon}, gives the tty back itself when the JVM ends, and says so with
 * {@code -Dlooplab.ttyQuiet=launcher}): the prompt is then drawn without JLine's native library,
 * whose loading (with java.util.logging and the first lambdas it brings) cost the first prompt
 * more than the rest of the way to it; the console loads it in the background.
 */
public final class EarlyPrompt {
    private final Pty tty;
    private final Attributes original;
    private volatile boolean interrupted;

    private EarlyPrompt(Pty tty, Attributes original) {
        this.tty = tty;
        this.original = original;
    }

    /**
     * Shows {@code prompt} on the user's terminal (stdin and stdout both on it), or returns
     * {@code null}, nothing shown, where JLine would not make a JNI terminal of it either: no
     * {@code TERM} or a dumb one, another system, no native library.
     */
    public static EarlyPrompt show(String prompt) {
        String term = System.getenv("TERM");
        String os = System.getProperty("os.name", "");
        if (term == null || term.isEmpty() || term.startsWith("dumb")
                || !(os.startsWith("Linux") || os.startsWith("Mac") || os.startsWith("Darwin"))) {
            return null;
        }
        if (quietedByLauncher()) {
            EarlyPrompt early = new EarlyPrompt(null, null);
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), new Interrupt(early));
            try {
                FileOutputStream out = new FileOutputStream(FileDescriptor.out);
                out.write(prompt.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                return null;
            }
            return early;
        }
        try {
            Pty tty = new JniTerminalProvider().current(SystemStream.Output);
            EarlyPrompt early = new EarlyPrompt(tty, tty.getAttr());
            // (Named classes, not lambdas: a lambda's first use costs milliseconds of start-up.)
            Runtime.getRuntime().addShutdownHook(new Restore(early));
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), new Interrupt(early));
            early.quiet(new FileOutputStream(FileDescriptor.out), prompt);
            return early;
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The same on {@code tty} (tests: a pseudo-terminal of their own), without the exit and Ctrl-C handlers. */
    static EarlyPrompt show(Pty tty, OutputStream out, String prompt) throws IOException {
        EarlyPrompt early = new EarlyPrompt(tty, tty.getAttr());
        early.quiet(out, prompt);
        return early;
    }

    /** Echo and line collecting off, then the prompt. */
    private void quiet(OutputStream out, String prompt) throws IOException {
        Attributes quiet = new Attributes(original);
        quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        quiet.setLocalFlag(Attributes.LocalFlag.ICANON, false);
        tty.setAttr(quiet);
        out.write(prompt.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * For bin/looplab's class-data training run: makes the classes of this path and of JLine's
     * terminal on a tty load, on a pseudo-terminal of its own (the user's tty is left alone).
     */
    public static void train() {
        try {
            JniTerminalProvider provider = new JniTerminalProvider();
            Pty pty = provider.open(null, new Size(80, 24));
            EarlyPrompt early = new EarlyPrompt(pty, pty.getAttr());
            new Restore(early);
            new Interrupt(early);
            new org.jline.terminal.impl.PosixSysTerminal("training", "xterm-256color", early.pty(),
                    StandardCharsets.UTF_8, true, org.jline.terminal.Terminal.SignalHandler.SIG_DFL).close();
            keepNativeLibrary();
        } catch (IOException | RuntimeException | LinkageError e) {
            // Training only decides what is archived.
        }
    }

    /**
     * Copies the native library JLine has just extracted and loaded to the directory bin/looplab
     * names with {@code -Dlibrary.jline.path} (emptied before each training run), where JLine
     * then loads it from instead of extracting it again at every start.
     */
    private static void keepNativeLibrary() throws IOException {
        String dir = System.getProperty("library.jline.path");
        String loaded = org.jline.nativ.JLineNativeLoader.getNativeLibraryPath();
        if (dir == null || loaded == null) {
            return;
        }
        java.nio.file.Path target = java.nio.file.Path.of(dir, System.mapLibraryName("jlinenative"));
        if (!java.nio.file.Path.of(loaded).equals(target)) {
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.copy(java.nio.file.Path.of(loaded), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether Ctrl-C was pressed at this prompt (JLine's own handler has taken over since). */
    public boolean interrupted() {
        return interrupted;
    }

    /**
     * The tty for JLine's terminal: until JLine first sets the tty's attributes, it is told the
     * ones the tty had before this prompt, so that those are what it restores when it closes and
     * what its raw mode is derived from.
     */
    public Pty pty() throws IOException {
        if (tty == null) {
            // Quieted by the launcher: the tty's own settings are these with echo and line
            // collecting back on (and the launcher restores the exact ones after the JVM).
            Pty current = new JniTerminalProvider().current(SystemStream.Output);
            Attributes own = current.getAttr();
            own.setLocalFlag(Attributes.LocalFlag.ECHO, true);
            own.setLocalFlag(Attributes.LocalFlag.ICANON, true);
            return new HandedOver(current, own);
        }
        return new HandedOver(tty, original);
    }

    /**
     * Whether bin/looplab has already made the tty quiet (stdin and stdout on a terminal, the
     * REPL with no arguments) and restores it itself: {@code -Dlooplab.ttyQuiet=launcher}.
     */
    public static boolean quietedByLauncher() {
        return "launcher".equals(System.getProperty("looplab.ttyQuiet"));
    }

    private void restore() {
        try {
            tty.setAttr(original);
        } catch (IOException | RuntimeException e) {
            // exiting anyway
        }
    }

    /** At exit, however it comes: the tty's own settings back. */
    private static final class Restore extends Thread {
        private final EarlyPrompt early;

        Restore(EarlyPrompt early) {
            super("looplab-tty-restore");
            this.early = early;
        }

        @Override
        public void run() {
            early.restore();
        }
    }

    /** Ctrl-C before JLine's own handler is in place. */
    private static final class Interrupt implements sun.misc.SignalHandler {
        private final EarlyPrompt early;

        Interrupt(EarlyPrompt early) {
            this.early = early;
        }

        @Override
        public void handle(sun.misc.Signal signal) {
            early.interrupted = true;
        }
    }

    /** {@link #pty}'s tty. */
    private static final class HandedOver implements Pty {
        private final Pty tty;
        private final Attributes original;
        private volatile boolean set;

        HandedOver(Pty tty, Attributes original) {
            this.tty = tty;
            this.original = original;
        }

        @Override
        public Attributes getAttr() throws IOException {
            return set ? tty.getAttr() : new Attributes(original);
        }

        @Override
        public void setAttr(Attributes attr) throws IOException {
            set = true;
            tty.setAttr(attr);
        }

        @Override
        public java.io.InputStream getMasterInput() throws IOException {
            return tty.getMasterInput();
        }

        @Override
        public java.io.OutputStream getMasterOutput() throws IOException {
            return tty.getMasterOutput();
        }

        @Override
        public java.io.InputStream getSlaveInput() throws IOException {
            return tty.getSlaveInput();
        }

        @Override
        public java.io.OutputStream getSlaveOutput() throws IOException {
            return tty.getSlaveOutput();
        }

        @Override
        public Size getSize() throws IOException {
            return tty.getSize();
        }

        @Override
        public void setSize(Size size) throws IOException {
            tty.setSize(size);
        }

        @Override
        public SystemStream getSystemStream() {
            return tty.getSystemStream();
        }

        @Override
        public TerminalProvider getProvider() {
            return tty.getProvider();
        }

        @Override
        public void close() throws IOException {
            tty.close();
        }
    }
}
