package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --root}: nothing outside the root is read or created, whichever way a script tries —
 * {@code ../}, absolute paths, symbolic links (to files, to directories, dangling), renames,
 * and {@code require}. Paths inside the root work, relative or absolute.
 */
class FileRootTest {
    @TempDir
    Path tmp;
    Path root;
    Path outside;

    @BeforeEach
    void layout() throws IOException {
        root = Files.createDirectories(tmp.resolve("root"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "TOP SECRET");
        Files.writeString(outside.resolve("mod.js"), "console.log('outside module ran');");
        Files.writeString(root.resolve("inside.txt"), "inside");
        Files.createSymbolicLink(root.resolve("link-out.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dir-out"), outside);
        Files.createSymbolicLink(root.resolve("dangling-out"), outside.resolve("new.txt"));
        Files.createSymbolicLink(root.resolve("link-in.txt"), root.resolve("inside.txt"));
    }

    private FsModuleTest.Run run(String... lines) {
        return FsModuleTest.run(root, "main.js", String.join("\n", lines), o -> o.withRoot(root));
    }

    /** Each line of the script tries one thing and prints the error code or the result. */
    private static String attempt(String expression) {
        return "try { console.log(String(" + expression + ")); } catch (e) { console.log(e.code + ' ' + e.message); }";
    }

    @Test
    void readsOutsideTheRootAreRefusedWithEacces() {
        FsModuleTest.Run r = run(
                "const fs = require('fs');",
                attempt("fs.readFileSync('../outside/secret.txt', 'utf8')"),
                attempt("fs.readFileSync('" + outside.resolve("secret.txt") + "', 'utf8')"),
                attempt("fs.readFileSync('link-out.txt', 'utf8')"),
                attempt("fs.readFileSync('dir-out/secret.txt', 'utf8')"),
                attempt("fs.readdirSync('..')"),
                attempt("fs.statSync('sub/../../outside/secret.txt').size"),  // sub is missing: as the kernel says
                attempt("fs.existsSync('../outside/secret.txt')"));
        assertFalse(r.out().contains("TOP SECRET"), r.out());
        assertEquals(String.join("\n",
                "EACCES EACCES: permission denied, open '../outside/secret.txt'",
                "EACCES EACCES: permission denied, open '" + outside.resolve("secret.txt") + "'",
                "EACCES EACCES: permission denied, open 'link-out.txt'",
                "EACCES EACCES: permission denied, open 'dir-out/secret.txt'",
                "EACCES EACCES: permission denied, scandir '..'",
                "ENOENT ENOENT: no such file or directory, stat 'sub/../../outside/secret.txt'",
                "false", ""), r.out());
    }

    @Test
    void writesOutsideTheRootCreateNothing() throws IOException {
        FsModuleTest.Run r = run(
                "const fs = require('fs');",
                attempt("fs.writeFileSync('../outside/created.txt', 'x')"),
                attempt("fs.writeFileSync('dangling-out', 'x')"),
                attempt("fs.appendFileSync('dir-out/appended.txt', 'x')"),
                attempt("fs.mkdirSync('../outside/newdir')"),
                attempt("fs.mkdirSync('dir-out/a/b', { recursive: true })"),
                attempt("fs.renameSync('inside.txt', '../outside/moved.txt')"),
                attempt("fs.unlinkSync('dir-out/secret.txt')"),
                attempt("fs.rmSync('dir-out', { recursive: true })"),
                attempt("fs.openSync('../outside/opened.txt', 'w')"),
                "fs.writeFile('../outside/async.txt', 'x', (err) => console.log('async', err.code));");
        try (var files = Files.list(outside)) {
            assertEquals(java.util.Set.of("secret.txt", "mod.js"),
                    files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals("TOP SECRET", Files.readString(outside.resolve("secret.txt")));
        assertTrue(Files.exists(root.resolve("inside.txt")), "the refused rename left the file");
        for (String line : r.out().strip().split("\n")) {
            assertTrue(line.contains("EACCES"), line);
        }
        assertEquals(10, r.out().strip().split("\n").length, r.out());
    }

    @Test
    void requireOutsideTheRootIsRefused() {
        FsModuleTest.Run r = run(attempt("require('../outside/mod.js')"), attempt("require('./dir-out/mod')"));
        assertFalse(r.out().contains("outside module ran"), r.out());
        assertTrue(r.out().startsWith("EACCES EACCES: permission denied"), r.out());
    }

    @Test
    void pathsInsideTheRootWorkRelativeAbsoluteAndThroughInsideLinks() throws IOException {
        Files.writeString(root.resolve("lib.js"), "module.exports = 'lib';");
        FsModuleTest.Run r = run(
                "const fs = require('fs'); const path = require('path');",
                attempt("fs.readFileSync('inside.txt', 'utf8')"),
                attempt("fs.readFileSync(path.join(__dirname, 'inside.txt'), 'utf8')"),
                attempt("fs.readFileSync('link-in.txt', 'utf8')"),
                attempt("fs.readFileSync('./sub/../inside.txt', 'utf8')"),
                attempt("require('./lib')"),
                "fs.writeFileSync('made.txt', 'ok');",
                "fs.readFile('made.txt', 'utf8', (err, t) => console.log('async', t));");
        assertEquals("inside\ninside\ninside\nENOENT ENOENT: no such file or directory, open './sub/../inside.txt'\nlib\nasync ok\n",
                r.out());
    }
}
