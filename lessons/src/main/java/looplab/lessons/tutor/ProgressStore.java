package looplab.lessons.tutor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import looplab.engine.trace.JsonReader;
import looplab.engine.trace.JsonTraceRenderer;

/**
 * {@code progress.json} under {@link LooplabHome}. Saving writes a temporary file beside it and
 * renames it over the old one, so a crash mid-write never leaves half a file. A file that cannot
 * be read as progress is moved aside (never deleted: it is the learner's) and looplab starts
 * afresh with a warning — it never stops a lesson.
 *
 * <pre>
 * {"version": 1, "lessons": {"call-stack": {"steps": [
 *   {"step": 1, "heading": "Frames inside frames", "done": true, "score": 1, "attempts": 1, "hints": 0,
 *    "correct": true, "skipped": false}]}}}
 * </pre>
 */
public final class ProgressStore {
    static final int VERSION = 1;
    private final Path file;

    /** What {@link #load} found, and what to tell the learner about it ({@code null}: nothing). */
    public record Loaded(Progress progress, String warning) {}

    public ProgressStore(LooplabHome home) {
        this.file = home.progressFile();
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(new Progress(), null);
        } catch (IOException e) {
            return new Loaded(new Progress(), "cannot read " + file + " (" + e.getMessage()
                    + "); progress will not be saved over it");
        }
        try {
            return new Loaded(read(text), null);
        } catch (RuntimeException e) {
            return new Loaded(new Progress(), moveAside(e.getMessage()));
        }
    }

    private String moveAside(String problem) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling("progress.corrupt-" + stamp + ".json");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return file + " is not valid progress (" + problem + "); moved it to " + aside.getFileName()
                    + " and started afresh";
        } catch (IOException e) {
            return file + " is not valid progress (" + problem + ") and cannot be moved aside ("
                    + e.getMessage() + "); starting afresh";
        }
    }

    /** Writes {@code progress} atomically, creating the home directory if needed. */
    public void save(Progress progress) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "progress", ".json.tmp");
        try {
            Files.writeString(tmp, write(progress), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Forgets every lesson's progress; returns whether there was any. */
    public boolean reset() throws IOException {
        return Files.deleteIfExists(file);
    }

    // ---------------------------------------------------------------- the JSON form

    static String write(Progress progress) {
        StringBuilder sb = new StringBuilder("{\n  \"version\": ").append(VERSION).append(",\n  \"lessons\": {");
        boolean firstLesson = true;
        for (Map.Entry<String, LessonProgress> l : progress.lessons().entrySet()) {
            sb.append(firstLesson ? "\n    " : ",\n    ");
            firstLesson = false;
            string(sb, l.getKey());
            sb.append(": {\"steps\": [");
            boolean firstStep = true;
            for (Map.Entry<Integer, StepRecord> s : l.getValue().steps().entrySet()) {
                StepRecord r = s.getValue();
                sb.append(firstStep ? "\n      " : ",\n      ");
                firstStep = false;
                sb.append("{\"step\": ").append(s.getKey()).append(", \"heading\": ");
                string(sb, r.heading());
                if (r.exercise() != null) {
                    sb.append(", \"exercise\": ");
                    string(sb, r.exercise());
                }
                sb.append(", \"done\": ").append(r.done());
                if (r.score() != null) {
                    sb.append(", \"score\": ").append(number(r.score()));
                }
                sb.append(", \"attempts\": ").append(r.attempts()).append(", \"hints\": ").append(r.hints())
                        .append(", \"correct\": ").append(r.correct()).append(", \"skipped\": ").append(r.skipped())
                        .append('}');
            }
            sb.append(firstStep ? "]}" : "\n    ]}");
        }
        sb.append(firstLesson ? "}\n}\n" : "\n  }\n}\n");
        return sb.toString();
    }

    private static void string(StringBuilder sb, String s) {
        JsonTraceRenderer.escape(sb, s == null ? "" : s);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    static Progress read(String text) {
        Map<?, ?> root = object(JsonReader.parse(text), "the file");
        Object version = root.get("version");
        if (!(version instanceof Double d) || d.intValue() != VERSION) {
            throw new IllegalArgumentException("unknown version " + version);
        }
        Progress progress = new Progress();
        for (Map.Entry<?, ?> l : object(root.get("lessons"), "lessons").entrySet()) {
            String id = (String) l.getKey();
            Object steps = object(l.getValue(), "lesson " + id).get("steps");
            if (!(steps instanceof List<?> list)) {
                throw new IllegalArgumentException("lesson " + id + " has no steps list");
            }
            LessonProgress lp = progress.lesson(id);
            for (Object o : list) {
                Map<?, ?> s = object(o, "a step of " + id);
                int index = (int) num(s, "step");
                Object score = s.get("score");
                if (score != null && !(score instanceof Double)) {
                    throw new IllegalArgumentException("score of step " + index + " of " + id + " is not a number");
                }
                lp.put(index, new StepRecord(str(s, "heading"), s.get("exercise") instanceof String e ? e : null, bool(s, "done"),
                        (Double) score, (int) num(s, "attempts"), (int) num(s, "hints"), bool(s, "correct"),
                        bool(s, "skipped")));
            }
        }
        return progress;
    }

    private static Map<?, ?> object(Object o, String what) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return m;
    }

    private static double num(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Double d) || d < 0) {
            throw new IllegalArgumentException("'" + key + "' is not a count");
        }
        return d;
    }

    private static boolean bool(Map<?, ?> m, String key) {
        return Boolean.TRUE.equals(m.get(key));
    }

    private static String str(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v instanceof String s ? s : "";
    }
}
