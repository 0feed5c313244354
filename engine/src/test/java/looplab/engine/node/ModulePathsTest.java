package looplab.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** module.path and module.paths as Node 20 gives them (recorded with path.dirname and Module._nodeModulePaths). */
class ModulePathsTest {
    @Test
    void aModuleInsideNodeModulesSkipsTheDoubledDirectory() {
        assertEquals("{\"path\":\"/a/b/node_modules/c\",\"paths\":[\"/a/b/node_modules/c/node_modules\","
                + "\"/a/b/node_modules\",\"/a/node_modules\",\"/node_modules\"]}",
                ModulePaths.json("/a/b/node_modules/c/index.js"));
    }

    @Test
    void aFileAtTheRoot() {
        assertEquals("{\"path\":\"/\",\"paths\":[\"/node_modules\"]}", ModulePaths.json("/x.js"));
        assertEquals("{\"path\":\"/node_modules/y\",\"paths\":[\"/node_modules/y/node_modules\",\"/node_modules\"]}",
                ModulePaths.json("/node_modules/y/z.js"));
    }

    @Test
    void thePathIsTheDirnameAsWrittenAndThePathsAreResolved() {
        assertEquals("{\"path\":\"/a//b\",\"paths\":[\"/a/b/node_modules\",\"/a/node_modules\",\"/node_modules\"]}",
                ModulePaths.json("/a//b/c.js"));
    }

    @Test
    void evalCodeLivesInTheWorkingDirectory() {
        assertEquals("{\"path\":\"/work/main\",\"paths\":[\"/work/main/node_modules\",\"/work/node_modules\",\"/node_modules\"]}",
                ModulePaths.json("/work/main/[eval]"));
    }

    @Test
    void dirnameAndBasenameFollowNodesPosixRules() {
        assertEquals(".", ModulePaths.dirname(""));
        assertEquals("/", ModulePaths.dirname("/a"));
        assertEquals("/a", ModulePaths.dirname("/a/b/"));
        assertEquals("//", ModulePaths.dirname("//a"));
        assertEquals("", ModulePaths.basename("/"));
        assertEquals("b", ModulePaths.basename("/a/b/"));
        assertEquals("node_modules", ModulePaths.basename("/x/node_modules"));
    }
}
