package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rest of the Node surface issue 4 adds — path, Buffer, crypto, os, util.promisify,
 * timers/promises (setInterval as an async iterator included), events.once, descriptors and
 * FileHandle — each script's output compared with Node 20's ({@code modules/NAME.expected.txt}).
 */
class NodeSurfaceTest {
    private static final Path FIXTURES = Path.of("src/test/resources/modules");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"surface", "events", "descriptors"})
    void printsWhatNodePrints(String name) throws IOException {
        FsModuleTest.copyTree(FIXTURES, dir);
        FsModuleTest.Run r = FsModuleTest.run(dir, name + ".js", Files.readString(dir.resolve(name + ".js")), o -> o);
        assertEquals(Files.readString(FIXTURES.resolve(name + ".expected.txt")), r.out(), r.err());
    }
}
