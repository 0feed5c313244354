package looplab.lessons.model;

/** A file written beside every snippet of a lesson before it runs ({@code ```js file=NAME}). */
public record SupportFile(String name, String content, int line) {}
