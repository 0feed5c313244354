package looplab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Size;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.junit.jupiter.api.Test;

/**
 * The hand-over from the early prompt to JLine, on a pseudo-terminal of the test's own (its
 * master side plays the terminal emulator): keys typed before JLine exists are read by it once,
 * and the tty gets its own settings back.
 */
class EarlyPromptTest {

    @Test
    void keysTypedAtTheEarlyPromptReachTheReaderOnceAndTheTtyComesBackAsItWas() throws Exception {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "JLine's JNI pty on Linux");
        Pty pty = new JniTerminalProvider().open(null, new Size(100, 30));
        PtyScreen screen = new PtyScreen(pty.getMasterInput());
        // The tty as the console gets it: closing the terminal must not close the test's pty.
        Pty tty = (Pty) Proxy.newProxyInstance(Pty.class.getClassLoader(), new Class<?>[] {Pty.class},
                (proxy, method, args) -> {
                    try {
                        return method.getName().equals("close") ? null : method.invoke(pty, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Attributes before = pty.getAttr();
        assertTrue(before.getLocalFlag(LocalFlag.ECHO) && before.getLocalFlag(LocalFlag.ICANON));

        EarlyPrompt early = EarlyPrompt.show(tty, pty.getSlaveOutput(), "> ");
        screen.await("> ", 30);
        Attributes quiet = pty.getAttr();
        assertFalse(quiet.getLocalFlag(LocalFlag.ECHO), "typed keys are not echoed by the tty");
        assertFalse(quiet.getLocalFlag(LocalFlag.ICANON), "nor held back until Enter");
        assertEquals(before.getLocalFlag(LocalFlag.ISIG), quiet.getLocalFlag(LocalFlag.ISIG), "Ctrl-C still signals");
        assertTrue(early.pty().getAttr().getLocalFlag(LocalFlag.ECHO), "JLine is told the tty's own settings");

        // Typed before the line reader exists: the keys wait in the tty.
        pty.getMasterOutput().write("6 * 7\r".getBytes(StandardCharsets.UTF_8));
        pty.getMasterOutput().flush();

        JLineConsole console = JLineConsole.afterEarlyPrompt(null, false, early, "xterm", false);
        assertEquals("6 * 7", console.readInput("> "));
        screen.await("6 * 7", 30);
        console.close();

        String shown = screen.text();
        assertEquals(1, shown.split("6 \\* 7", -1).length - 1, "shown once, by the reader: " + shown);
        Attributes after = pty.getAttr();
        assertTrue(after.getLocalFlag(LocalFlag.ECHO) && after.getLocalFlag(LocalFlag.ICANON), "settings back: " + after);
        pty.close();
    }
}
