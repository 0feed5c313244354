package looplab.lessons.format;

/** A lesson or exercise file that cannot be read, with the place and the problem. */
public final class LessonFormatException extends Exception {
    private final String file;
    private final int line;
    private final String problem;

    public LessonFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
