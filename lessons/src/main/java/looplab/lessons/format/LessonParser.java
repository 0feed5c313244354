package looplab.lessons.format;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import looplab.lessons.model.Constraint;
import looplab.lessons.model.Exercise;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.Snippet;
import looplab.lessons.model.Step;
import looplab.lessons.model.SupportFile;

/**
 * Reads the Markdown lesson format ({@code lessons/FORMAT.md}): front matter, {@code ## } steps,
 * fenced snippets with a mode, and the {@code ### Hint/Why/Race/Constraints} sections that
 * attach to them. Every problem is reported with its file and line; nothing is guessed.
 */
public final class LessonParser {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})\\s*(.*)$");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "order", "type", "timeout");
    private static final Set<String> EXERCISE_KEYS = Set.of("id", "title", "order", "type", "kind",
            "scoring", "timeout", "points");

    /** What a parsed file turned out to be. */
    public sealed interface Parsed permits ParsedLesson, ParsedExercise {
        int order();
    }

    public record ParsedLesson(Lesson lesson) implements Parsed {
        public int order() {
            return lesson.order();
        }
    }

    public record ParsedExercise(Exercise exercise, int order) implements Parsed {}

    private final String fileName;
    private final Path path;
    private final List<String> lines;
    private int at;

    private LessonParser(String fileName, Path path, String text) {
        this.fileName = fileName;
        this.path = path;
        this.lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    /**
     * Parses one file.
     *
     * @param fileName the name errors use (the path as given, or {@code builtin/NN-id.md})
     * @param path     where it lives on disk, or {@code null} for a built-in
     */
    public static Parsed parse(String fileName, Path path, String text) throws LessonFormatException {
        return new LessonParser(fileName, path, text).parse();
    }

    private Parsed parse() throws LessonFormatException {
        Map<String, String> front = frontMatter();
        boolean exercise = "exercise".equals(front.get("type"));
        if (front.containsKey("type") && !exercise && !"lesson".equals(front.get("type"))) {
            throw error(keyLine("type"), "type must be 'lesson' or 'exercise', not '" + front.get("type") + "'");
        }
        Set<String> allowed = exercise ? EXERCISE_KEYS : LESSON_KEYS;
        for (String key : front.keySet()) {
            if (!allowed.contains(key)) {
                throw error(keyLine(key), "unknown front-matter key '" + key + "'"
                        + (exercise ? "" : (EXERCISE_KEYS.contains(key) ? " (only exercise files, with type: exercise, have it)" : ""))
                        + "; expected one of " + String.join(", ", sorted(allowed)));
            }
        }
        String id = required(front, "id");
        if (!ID.matcher(id).matches()) {
            throw error(keyLine("id"), "id '" + id + "' must be lower-case words joined by '-'");
        }
        String title = required(front, "title");
        Integer order = null;
        if (front.containsKey("order")) {
            try {
                order = Integer.parseInt(front.get("order").trim());
            } catch (NumberFormatException e) {
                throw error(keyLine("order"), "order must be an integer, not '" + front.get("order") + "'");
            }
        } else if (!exercise) {
            throw error(1, "front matter has no 'order'");
        }
        Duration timeout = DEFAULT_TIMEOUT;
        if (front.containsKey("timeout")) {
            timeout = Durations.parse(front.get("timeout"));
            if (timeout == null) {
                throw error(keyLine("timeout"), "timeout '" + front.get("timeout") + "' is not a duration (try 500ms, 2s)");
            }
        }
        Body body = new Body(id, title, timeout, exercise);
        body.read();
        if (exercise) {
            return new ParsedExercise(body.standaloneExercise(front), order == null ? Integer.MAX_VALUE : order);
        }
        return new ParsedLesson(new Lesson(id, title, order, body.steps(), body.files, path, fileName));
    }

    // ---------------------------------------------------------------- front matter

    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    private Map<String, String> frontMatter() throws LessonFormatException {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw error(1, "a lesson file starts with front matter: a '---' line, 'key: value' lines, '---'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (at = 1; at < lines.size(); at++) {
            String line = lines.get(at);
            if (line.strip().equals("---")) {
                at++;
                return values;
            }
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw error(at + 1, "front matter line is not 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            if (values.containsKey(key)) {
                throw error(at + 1, "front-matter key '" + key + "' given twice");
            }
            values.put(key, unquote(line.substring(colon + 1).strip()));
            keyLines.put(key, at + 1);
        }
        throw error(1, "front matter is not closed by a '---' line");
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private String required(Map<String, String> front, String key) throws LessonFormatException {
        String v = front.get(key);
        if (v == null || v.isBlank()) {
            throw error(1, "front matter has no '" + key + "'");
        }
        return v;
    }

    private int keyLine(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private LessonFormatException error(int line, String problem) {
        return new LessonFormatException(fileName, line, problem);
    }

    // ---------------------------------------------------------------- body

    /** Which section of a step the text being read belongs to. */
    private enum Section { PROSE, CODA, HINT, WHY, RACE, CONSTRAINTS }

    /** The step being read, with everything attached to it so far. */
    private final class StepDraft {
        final String heading;
        final int line;
        final boolean exercise;
        final StringBuilder prose = new StringBuilder();
        final StringBuilder coda = new StringBuilder();
        final List<Constraint> constraints = new ArrayList<>();
        final List<Integer> constraintLines = new ArrayList<>();
        StringBuilder why;
        StringBuilder race;
        StringBuilder hint;
        Snippet snippet;
        Snippet starter;
        Exercise.Kind kind;
        Section section = Section.PROSE;

        StepDraft(String heading, int line, boolean exercise) {
            this.heading = heading;
            this.line = line;
            this.exercise = exercise;
        }

        StringBuilder target() {
            return switch (section) {
                case PROSE -> prose;
                case CODA -> coda;
                case HINT -> hint;
                case WHY -> why;
                case RACE -> race;
                case CONSTRAINTS -> null;
            };
        }
    }

    private final class Body {
        final String lessonId;
        final String lessonTitle;
        final Duration timeout;
        final List<StepDraft> drafts = new ArrayList<>();
        final List<SupportFile> files = new ArrayList<>();
        StepDraft current;

        /** A standalone exercise file: every step is part of the one exercise. */
        final boolean standalone;

        Body(String lessonId, String lessonTitle, Duration timeout, boolean standalone) {
            this.lessonId = lessonId;
            this.lessonTitle = lessonTitle;
            this.timeout = timeout;
            this.standalone = standalone;
            current = new StepDraft(lessonTitle, at + 1, standalone);
            drafts.add(current);
        }

        void read() throws LessonFormatException {
            for (; at < lines.size(); at++) {
                String line = lines.get(at);
                Matcher fence = FENCE.matcher(line);
                if (fence.matches()) {
                    fence(fence.group(1), fence.group(2).strip());
                } else if (line.startsWith("## ")) {
                    String heading = line.substring(3).strip();
                    boolean exercise = standalone || heading.equals("Exercise") || heading.startsWith("Exercise:")
                            || heading.startsWith("Exercise ");
                    current = new StepDraft(heading, at + 1, exercise);
                    drafts.add(current);
                } else if (line.startsWith("### ")) {
                    subsection(line.substring(4).strip());
                } else if (current.section == Section.CONSTRAINTS) {
                    constraint(line);
                } else {
                    append(line);
                }
            }
        }

        void append(String line) {
            if (current.section == Section.PROSE && current.snippet != null) {
                current.section = Section.CODA;
            }
            current.target().append(line).append('\n');
        }

        void subsection(String name) throws LessonFormatException {
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "hint" -> {
                    requireSnippet("### Hint");
                    current.hint = new StringBuilder();
                    current.section = Section.HINT;
                    hintStarts.add(current.hint);
                    owner.put(current.hint, current);
                }
                case "why" -> {
                    requireSnippet("### Why");
                    if (current.why != null) {
                        throw error(at + 1, "a second ### Why in this step");
                    }
                    current.why = new StringBuilder();
                    current.section = Section.WHY;
                }
                case "race" -> {
                    requireSnippet("### Race");
                    if (current.race != null) {
                        throw error(at + 1, "a second ### Race in this step");
                    }
                    current.race = new StringBuilder();
                    current.section = Section.RACE;
                }
                case "constraints" -> {
                    if (!current.exercise) {
                        throw error(at + 1, "### Constraints belongs in an exercise step (## Exercise: …)");
                    }
                    current.section = Section.CONSTRAINTS;
                }
                default -> {
                    // Any other level-3 heading is prose of the step.
                    current.section = current.snippet == null ? Section.PROSE : Section.CODA;
                    current.target().append("### ").append(name).append('\n');
                }
            }
        }

        /** Hint builders in document order, so each step's hints can be collected. */
        final List<StringBuilder> hintStarts = new ArrayList<>();

        void requireSnippet(String what) throws LessonFormatException {
            if (current.snippet == null && !current.exercise) {
                throw error(at + 1, what + " has no snippet before it in this step (a ```js run or ```js predict block)");
            }
        }

        void constraint(String line) throws LessonFormatException {
            String item = line.strip();
            if (item.isEmpty()) {
                return;
            }
            if (!item.startsWith("- ") && !item.startsWith("* ")) {
                throw error(at + 1, "a ### Constraints section holds a list ('- no setTimeout'), not '" + item + "'");
            }
            current.constraints.add(Constraints.parse(item.substring(2).strip(), fileName, at + 1));
            current.constraintLines.add(at + 1);
        }

        void fence(String marker, String info) throws LessonFormatException {
            int open = at + 1;
            StringBuilder code = new StringBuilder();
            boolean closed = false;
            for (at++; at < lines.size(); at++) {
                String line = lines.get(at);
                if (line.strip().startsWith(marker) && line.strip().chars().allMatch(c -> c == marker.charAt(0))
                        && line.strip().length() >= marker.length()) {
                    closed = true;
                    break;
                }
                code.append(line).append('\n');
            }
            if (!closed) {
                throw error(open, "code block opened here is never closed (" + marker + ")");
            }
            FenceInfo fi = FenceInfo.parse(info, fileName, open);
            if (fi.file() != null) {
                if (!FILE_NAME.matcher(fi.file()).matches() || fi.file().contains("..")) {
                    throw error(open, "file=" + fi.file() + " is not a plain relative file name");
                }
                if (fi.mode() != null) {
                    throw error(open, "a support file (file=" + fi.file() + ") cannot also be '" + fi.modeWord() + "'");
                }
                for (SupportFile f : files) {
                    if (f.name().equals(fi.file())) {
                        throw error(open, "support file " + fi.file() + " is given twice (first at line " + f.line() + ")");
                    }
                }
                files.add(new SupportFile(fi.file(), code.toString(), open));
                return;
            }
            if (!fi.javascript() || fi.mode() == null || fi.mode() == Snippet.Mode.SHOW) {
                // An illustration: part of the prose, fence and all.
                StringBuilder target = current.section == Section.CONSTRAINTS ? null : current.target();
                if (target == null) {
                    throw error(open, "a code block inside ### Constraints");
                }
                if (current.section == Section.PROSE && current.snippet != null) {
                    current.section = Section.CODA;
                    target = current.coda;
                }
                target.append(marker).append(info).append('\n').append(code).append(marker).append('\n');
                return;
            }
            if (current.section != Section.PROSE && current.section != Section.CODA) {
                throw error(open, "a ```js " + fi.modeWord() + " block inside a ### section; put it before the step's ### sections");
            }
            Duration limit = fi.timeout() == null ? timeout : fi.timeout();
            String name = fi.name() != null ? fi.name() : defaultName(fi.mode());
            Snippet snippet = new Snippet(code.toString(), fi.mode(), name, limit, open);
            switch (fi.mode()) {
                case RUN, PREDICT -> {
                    if (current.exercise) {
                        throw error(open, "an exercise step's program is a ```js reference block, not ```js " + fi.modeWord());
                    }
                    if (current.snippet != null) {
                        throw error(open, "a second runnable snippet in this step (the first is at line "
                                + current.snippet.line() + "); start a new ## step");
                    }
                    current.snippet = snippet;
                }
                case REFERENCE -> {
                    if (!current.exercise) {
                        throw error(open, "```js reference belongs in an exercise step (## Exercise: …)");
                    }
                    if (current.snippet != null) {
                        throw error(open, "a second reference in this exercise (the first is at line "
                                + current.snippet.line() + ")");
                    }
                    current.snippet = snippet;
                    current.kind = fi.kind();
                }
                case STARTER -> {
                    if (!current.exercise) {
                        throw error(open, "```js starter belongs in an exercise step (## Exercise: …)");
                    }
                    if (current.starter != null) {
                        throw error(open, "a second starter in this exercise");
                    }
                    current.starter = snippet;
                }
                default -> throw new IllegalStateException(fi.mode().toString());
            }
        }

        String defaultName(Snippet.Mode mode) {
            return switch (mode) {
                case STARTER -> "solution.js";
                default -> "snippet.js";
            };
        }

        List<Step> steps() throws LessonFormatException {
            List<Step> steps = new ArrayList<>();
            int exercises = 0;
            for (StepDraft d : drafts) {
                if (d == drafts.get(0) && d.prose.toString().isBlank() && d.snippet == null && drafts.size() > 1) {
                    continue; // no introduction before the first ## heading
                }
                List<String> hints = hintsOf(d);
                Exercise exercise = null;
                if (d.exercise) {
                    exercises++;
                    exercise = exerciseOf(d, lessonId + "/" + exercises, titleOf(d.heading, exercises), null,
                            Exercise.Scoring.LCS, 1, hints);
                } else if (!d.constraints.isEmpty()) {
                    throw error(d.constraintLines.get(0), "### Constraints outside an exercise step");
                }
                steps.add(new Step(d.heading, d.prose.toString().strip(), d.exercise ? null : d.snippet,
                        d.coda.toString().strip(), hints, text(d.why), text(d.race), exercise, d.line));
            }
            if (steps.isEmpty()) {
                throw error(1, "the lesson has no content");
            }
            return steps;
        }

        String titleOf(String heading, int n) {
            int colon = heading.indexOf(':');
            String t = colon >= 0 ? heading.substring(colon + 1).strip() : "";
            return t.isEmpty() ? lessonTitle + ", exercise " + n : t;
        }

        List<String> hintsOf(StepDraft d) {
            // Hints were opened in order; the ones belonging to d are the builders it holds.
            List<String> out = new ArrayList<>();
            for (StringBuilder b : hintStarts) {
                if (owner.get(b) == d) {
                    out.add(b.toString().strip());
                }
            }
            return out;
        }

        final Map<StringBuilder, StepDraft> owner = new java.util.IdentityHashMap<>();

        Exercise exerciseOf(StepDraft d, String id, String title, Exercise.Kind declared,
                            Exercise.Scoring scoring, double points, List<String> hints) throws LessonFormatException {
            if (d.snippet == null) {
                throw error(d.line, "exercise '" + title + "' has no ```js reference block");
            }
            Exercise.Kind kind = d.kind;
            if (declared != null && kind != null && declared != kind) {
                throw error(d.snippet.line(), "the reference says " + kind.name().toLowerCase()
                        + " but the front matter says kind: " + declared.name().toLowerCase());
            }
            if (kind == null) {
                kind = declared;
            }
            if (kind == null) {
                throw error(d.snippet.line(), "say which kind of exercise this is: ```js reference predict or ```js reference write");
            }
            if (kind == Exercise.Kind.PREDICT) {
                if (!d.constraints.isEmpty()) {
                    throw error(d.constraintLines.get(0), "### Constraints apply to write exercises, not predict ones");
                }
                if (d.starter != null) {
                    throw error(d.starter.line(), "a predict exercise has no starter");
                }
            }
            return new Exercise(id, title, kind, scoring, d.prose.toString().strip() + coda(d), d.snippet,
                    d.starter, List.copyOf(d.constraints), hints, text(d.why), text(d.race), files, path,
                    fileName, points);
        }

        String coda(StepDraft d) {
            String c = d.coda.toString().strip();
            return c.isEmpty() ? "" : "\n\n" + c;
        }

        Exercise standaloneExercise(Map<String, String> front) throws LessonFormatException {
            // A standalone file is one exercise: fold every step into the task prose.
            StepDraft all = new StepDraft(lessonTitle, 1, true);
            for (StepDraft d : drafts) {
                if (d != drafts.get(0)) {
                    all.prose.append("## ").append(d.heading).append('\n');
                }
                all.prose.append(d.prose);
                all.coda.append(d.coda);
                if (d.snippet != null) {
                    if (all.snippet != null) {
                        throw error(d.snippet.line(), "a second reference in this exercise (the first is at line "
                                + all.snippet.line() + ")");
                    }
                    all.snippet = d.snippet;
                    all.kind = d.kind;
                }
                if (d.starter != null) {
                    all.starter = d.starter;
                }
                all.constraints.addAll(d.constraints);
                all.constraintLines.addAll(d.constraintLines);
                if (d.why != null) {
                    all.why = d.why;
                }
                if (d.race != null) {
                    all.race = d.race;
                }
                for (StringBuilder b : hintStarts) {
                    if (owner.get(b) == d) {
                        owner.put(b, all);
                    }
                }
            }
            String kindText = front.get("kind");
            if (kindText == null) {
                throw error(1, "front matter has no 'kind' (predict or write)");
            }
            Exercise.Kind kind = switch (kindText.strip()) {
                case "predict" -> Exercise.Kind.PREDICT;
                case "write" -> Exercise.Kind.WRITE;
                default -> throw error(keyLine("kind"), "kind must be 'predict' or 'write', not '" + kindText + "'");
            };
            Exercise.Scoring scoring = Exercise.Scoring.LCS;
            if (front.containsKey("scoring")) {
                scoring = switch (front.get("scoring").strip()) {
                    case "lcs" -> Exercise.Scoring.LCS;
                    case "all" -> Exercise.Scoring.ALL;
                    default -> throw error(keyLine("scoring"), "scoring must be 'lcs' or 'all', not '"
                            + front.get("scoring") + "'");
                };
            }
            double points = 1;
            if (front.containsKey("points")) {
                String p = front.get("points").strip();
                points = p.matches("\\d{1,4}(\\.\\d+)?") ? Double.parseDouble(p) : 0;
                if (points <= 0 || points > 1000) {
                    throw error(keyLine("points"), "points must be a number above 0 and at most 1000, not '"
                            + front.get("points") + "'");
                }
            }
            return exerciseOf(all, front.get("id"), lessonTitle, kind, scoring, points, hintsOf(all));
        }

        String text(StringBuilder b) {
            return b == null ? null : b.toString().strip();
        }
    }
}
