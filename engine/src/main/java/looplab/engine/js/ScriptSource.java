package looplab.engine.js;

/**
 * A piece of user JavaScript and the name it goes by in traces and errors: the path as the
 * user gave it ({@code a.js}, {@code lessons/x.js}), or {@code [eval]} for {@code -e}.
 *
 * @param name        shown in {@code at} fields, error headers and stack frames
 * @param code        the source text
 * @param absolutePath the file's absolute path ({@code __filename}), or the cwd-relative
 *                    pseudo path Node uses for {@code -e}
 */
public record ScriptSource(String name, String code, String absolutePath) {}
