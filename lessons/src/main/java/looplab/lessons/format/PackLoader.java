package looplab.lessons.format;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import looplab.lessons.model.Exercise;
import looplab.lessons.model.Lesson;
import looplab.lessons.model.LessonPack;

/** Reads a lesson pack: the built-in one from the jar, or a teacher's directory. */
public final class PackLoader {
    static final String BUILTIN = "looplab/lessons/builtin";

    private PackLoader() {
    }

    /** The pack shipped inside looplab. */
    public static LessonPack builtin() throws LessonFormatException {
        URL url = PackLoader.class.getClassLoader().getResource(BUILTIN);
        if (url == null) {
            throw new LessonFormatException("builtin", 1, "the built-in lessons are missing from this build");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read("built-in", fs.getPath("/" + BUILTIN), "builtin/", false);
            }
            return read("built-in", Path.of(uri), "builtin/", false);
        } catch (URISyntaxException | IOException e) {
            throw new LessonFormatException("builtin", 1, "cannot read the built-in lessons: " + e.getMessage());
        }
    }

    /** A teacher's pack: every {@code *.md} file in {@code dir} (not in subdirectories). */
    public static LessonPack directory(Path dir) throws LessonFormatException {
        if (!Files.isDirectory(dir)) {
            throw new LessonFormatException(dir.toString(), 1, Files.exists(dir) ? "not a directory" : "no such directory");
        }
        try {
            return read(dir.toString(), dir, null, true);
        } catch (IOException e) {
            throw new LessonFormatException(dir.toString(), 1, "cannot read: " + e.getMessage());
        }
    }

    /** One exercise file ({@code looplab check EXERCISE.md}): a standalone exercise, or a lesson's only exercise. */
    public static Exercise exerciseFile(Path file) throws LessonFormatException {
        String text = readText(file, file.toString());
        LessonParser.Parsed parsed = LessonParser.parse(file.toString(), file.toAbsolutePath(), text);
        if (parsed instanceof LessonParser.ParsedExercise e) {
            return e.exercise();
        }
        Lesson lesson = ((LessonParser.ParsedLesson) parsed).lesson();
        List<Exercise> exercises = lesson.exercises();
        if (exercises.size() != 1) {
            throw new LessonFormatException(file.toString(), 1, "this lesson has " + exercises.size()
                    + " exercises; name one as " + lesson.id() + "/N, or use a file with type: exercise");
        }
        return exercises.get(0);
    }

    private static LessonPack read(String name, Path dir, String prefix, boolean onDisk)
            throws IOException, LessonFormatException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<LessonParser.Parsed> parsed = new ArrayList<>();
        Map<String, String> idOwner = new HashMap<>();
        for (Path file : files) {
            String shown = prefix == null ? file.toString() : prefix + file.getFileName();
            LessonParser.Parsed p = LessonParser.parse(shown, onDisk ? file.toAbsolutePath() : null,
                    readText(file, shown));
            String id = p instanceof LessonParser.ParsedLesson l ? l.lesson().id()
                    : ((LessonParser.ParsedExercise) p).exercise().id();
            String previous = idOwner.putIfAbsent(id, shown);
            if (previous != null) {
                throw new LessonFormatException(shown, 1, "id '" + id + "' is already used by " + previous);
            }
            parsed.add(p);
        }
        List<Lesson> lessons = parsed.stream()
                .filter(p -> p instanceof LessonParser.ParsedLesson)
                .map(p -> ((LessonParser.ParsedLesson) p).lesson())
                .sorted(Comparator.comparingInt(Lesson::order))
                .toList();
        List<Exercise> exercises = parsed.stream()
                .filter(p -> p instanceof LessonParser.ParsedExercise)
                .sorted(Comparator.comparingInt(LessonParser.Parsed::order))
                .map(p -> ((LessonParser.ParsedExercise) p).exercise())
                .toList();
        return new LessonPack(name, lessons, exercises);
    }

    private static String readText(Path file, String shown) throws LessonFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LessonFormatException(shown, 1, "no such file");
        } catch (IOException e) {
            throw new LessonFormatException(shown, 1, "cannot read: " + e.getMessage());
        }
    }
}
