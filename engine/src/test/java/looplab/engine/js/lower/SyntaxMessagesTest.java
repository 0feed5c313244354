package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyntaxMessagesTest {

    @Test
    void theTokenAtTheErrorIsNamedAsV8NamesIt() {
        assertEquals("Unexpected token ')'", SyntaxMessages.v8Style("primary expression expected", "f(1 +)", 1, 5));
        assertEquals("Unexpected identifier 'b'", SyntaxMessages.v8Style("';' expected", "let a b", 1, 6));
        assertEquals("Unexpected number", SyntaxMessages.v8Style("';' expected", "let a 1", 1, 6));
        assertEquals("Unexpected string", SyntaxMessages.v8Style("';' expected", "let a 'x'", 1, 6));
        assertEquals("Unexpected end of input", SyntaxMessages.v8Style("'}' expected", "function f() {\n", 2, 0));
    }

    @Test
    void specificMessagesAreKept() {
        assertEquals("await must be inside asynchronous function",
                SyntaxMessages.v8Style("await must be inside asynchronous function", "await 1", 1, 0));
    }
}
