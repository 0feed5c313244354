package looplab.lessons.format;

import java.time.Duration;
import looplab.lessons.model.Exercise;
import looplab.lessons.model.Snippet;

/**
 * The info string of a fenced block: {@code js predict}, {@code js reference write timeout=2s},
 * {@code text file=notes.txt}.
 *
 * @param javascript whether the language is {@code js}
 * @param mode       the snippet mode, or {@code null} for a plain block
 * @param modeWord   the mode as written, for messages
 * @param kind       {@code predict}/{@code write} after {@code reference}, or {@code null}
 * @param file       {@code file=NAME}, or {@code null}
 * @param name       {@code name=NAME}, or {@code null}
 * @param timeout    {@code timeout=…}, or {@code null}
 */
record FenceInfo(boolean javascript, Snippet.Mode mode, String modeWord, Exercise.Kind kind, String file,
                 String name, Duration timeout) {

    static FenceInfo parse(String info, String fileName, int line) throws LessonFormatException {
        String[] words = info.isBlank() ? new String[0] : info.strip().split("\\s+");
        String lang = words.length == 0 ? "" : words[0];
        boolean js = lang.equals("js") || lang.equals("javascript");
        Snippet.Mode mode = null;
        String modeWord = null;
        Exercise.Kind kind = null;
        String file = null;
        String name = null;
        Duration timeout = null;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            int eq = w.indexOf('=');
            if (eq > 0) {
                String key = w.substring(0, eq);
                String value = w.substring(eq + 1);
                switch (key) {
                    case "file" -> file = value;
                    case "name" -> name = value;
                    case "timeout" -> {
                        timeout = Durations.parse(value);
                        if (timeout == null) {
                            throw new LessonFormatException(fileName, line,
                                    "timeout=" + value + " is not a duration (try 500ms, 2s)");
                        }
                    }
                    default -> {
                        if (js) {
                            throw new LessonFormatException(fileName, line, "unknown snippet option '" + key
                                    + "=' (expected file=, name=, timeout=)");
                        }
                    }
                }
                continue;
            }
            if (!js) {
                continue; // other languages' info strings are theirs
            }
            if (mode == Snippet.Mode.REFERENCE && kind == null && (w.equals("predict") || w.equals("write"))) {
                kind = w.equals("predict") ? Exercise.Kind.PREDICT : Exercise.Kind.WRITE;
                continue;
            }
            Snippet.Mode m = switch (w) {
                case "run" -> Snippet.Mode.RUN;
                case "predict" -> Snippet.Mode.PREDICT;
                case "reference" -> Snippet.Mode.REFERENCE;
                case "starter" -> Snippet.Mode.STARTER;
                default -> throw new LessonFormatException(fileName, line, "unknown snippet mode '" + w
                        + "' (expected run, predict, reference predict, reference write, starter, file=NAME)");
            };
            if (mode != null) {
                throw new LessonFormatException(fileName, line, "a snippet has one mode, not '" + modeWord
                        + "' and '" + w + "'");
            }
            mode = m;
            modeWord = w;
        }
        if (!js && file == null) {
            mode = null;
        }
        if (mode == null && js && file == null) {
            mode = Snippet.Mode.SHOW;
        }
        return new FenceInfo(js, mode == Snippet.Mode.SHOW && file != null ? null : mode, modeWord, kind,
                file, name, timeout);
    }
}
