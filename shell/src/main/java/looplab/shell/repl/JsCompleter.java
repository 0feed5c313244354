package looplab.shell.repl;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: dot-commands at the start of a line, module names inside
 * {@code require('…')}, property names after a dot and global names otherwise, the latter two
 * asked of the live session (so {@code process.} offers what {@code process} really has).
 */
final class JsCompleter implements Completer {
    static final List<String> MODULES = List.of("buffer", "crypto", "events", "fs", "fs/promises", "os",
            "path", "path/posix", "timers", "timers/promises", "util");
    static final List<String> KEYWORDS = List.of("async", "await", "break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "export", "extends", "false", "finally",
            "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "return", "static",
            "super", "switch", "this", "throw", "true", "try", "typeof", "undefined", "var", "void", "while",
            "yield");
    private static final Pattern REQUIRE = Pattern.compile("require\\(\\s*['\"]([\\w@./-]*)$");

    /** Names of a path's properties ("" for globals), from the session. */
    private final Function<String, List<String>> names;
    private final List<String> commands;

    JsCompleter(Function<String, List<String>> names, List<String> commands) {
        this.names = names;
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String c : candidates(line.line().substring(0, line.cursor()), line.word())) {
            candidates.add(new Candidate(c, c, null, null, null, null, !c.endsWith("/")));
        }
    }

    /** The whole words that may replace {@code word}, given the line up to the cursor. */
    List<String> candidates(String beforeCursor, String word) {
        TreeSet<String> out = new TreeSet<>();
        if (beforeCursor.startsWith(".") && beforeCursor.equals(word)) {
            commands.stream().filter(c -> c.startsWith(word)).forEach(out::add);
            return List.copyOf(out);
        }
        Matcher m = REQUIRE.matcher(beforeCursor);
        if (m.find()) {
            MODULES.stream().filter(n -> n.startsWith(word)).forEach(out::add);
            return List.copyOf(out);
        }
        int dot = word.lastIndexOf('.');
        String path = dot < 0 ? "" : word.substring(0, dot);
        String prefix = word.substring(dot + 1);
        String head = dot < 0 ? "" : path + ".";
        for (String n : names.apply(path)) {
            if (n.startsWith(prefix)) {
                out.add(head + n);
            }
        }
        if (dot < 0) {
            KEYWORDS.stream().filter(k -> k.startsWith(prefix)).forEach(out::add);
        }
        return List.copyOf(out);
    }
}
