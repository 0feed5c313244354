package looplab.shell.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The REPL's dot-commands, as a table: name, synopsis, handler; help text comes from
 * {@code commands.properties} under the command's name. {@code .lesson} will register here too.
 */
final class DotCommands {
    /** A handler gets the text after the command; it returns {@code false} to end the REPL. */
    @FunctionalInterface
    interface Handler {
        boolean run(String argument) throws Exception;
    }

    record Command(String name, String synopsis, Handler handler) {}

    private static final Properties HELP = loadHelp();
    private final Map<String, Command> table = new LinkedHashMap<>();

    void register(String name, String synopsis, Handler handler) {
        table.put(name, new Command(name, synopsis, handler));
    }

    List<String> names() {
        return new ArrayList<>(table.keySet());
    }

    /** Whether a line is a dot-command rather than JavaScript ({@code .5 + 1} is JavaScript). */
    static boolean isCommandLine(String line) {
        String t = line.strip();
        int nl = t.lastIndexOf('\n');
        String last = nl < 0 ? t : t.substring(nl + 1).strip();
        if (last.equals(".break") || last.equals(".clear")) {
            return true;
        }
        return nl < 0 && t.length() > 1 && t.charAt(0) == '.' && Character.isLetter(t.charAt(1));
    }

    /** Runs a command line; an unknown command is reported, as Node does. */
    boolean run(String line, ReplPresenter out) throws Exception {
        String t = line.strip();
        int space = t.indexOf(' ');
        String name = space < 0 ? t : t.substring(0, space);
        String argument = space < 0 ? "" : t.substring(space + 1).strip();
        Command c = table.get(name);
        if (c == null) {
            out.say("Invalid REPL keyword");
            return true;
        }
        return c.handler.run(argument);
    }

    /** {@code .help}: one line per command. */
    String help() {
        StringBuilder sb = new StringBuilder();
        for (Command c : table.values()) {
            String head = c.name + (c.synopsis.isEmpty() ? "" : " " + c.synopsis);
            sb.append(String.format("%-28s %s%n", head, HELP.getProperty(c.name, "")));
        }
        sb.append("\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL");
        return sb.toString();
    }

    private static Properties loadHelp() {
        Properties p = new Properties();
        try (InputStream in = DotCommands.class.getResourceAsStream("commands.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
