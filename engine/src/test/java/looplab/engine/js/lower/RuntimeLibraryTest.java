package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuntimeLibraryTest {

    @Test
    void theShippedRuntimeHasTheHelpersLoweredCodeCalls() {
        String js = RuntimeLibrary.source();
        for (String helper : new String[] {"$jscomp.generator.Engine_", "$jscomp.generator.Context",
                "$jscomp.inherits", "$jscomp.makeIterator", "$jscomp.arrayFromIterable",
                "$jscomp.getRestArguments", "$jscomp.createTemplateTagFirstArg", "$jscomp.AsyncGeneratorWrapper$ActionRecord"}) {
            assertTrue(js.contains(helper + " ="), helper);
        }
    }
}
