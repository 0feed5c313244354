package looplab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    @Test
    void readsEveryKindOfValueAndKeepsKeyOrder() {
        Map<String, Object> o = JsonReader.object(
                " {\"z\": 1, \"a\": [true, false, null, -0.5e2, \"x\"], \"m\": {}} ");
        assertEquals(List.of("z", "a", "m"), List.copyOf(o.keySet()));
        assertEquals(1.0, o.get("z"));
        List<?> a = (List<?>) o.get("a");
        assertEquals(Boolean.TRUE, a.get(0));
        assertEquals(Boolean.FALSE, a.get(1));
        assertNull(a.get(2));
        assertEquals(-50.0, a.get(3));
        assertEquals(Map.of(), o.get("m"));
    }

    @Test
    void readsBackWhatTheTraceWriterEscapes() {
        String nasty = "quote \" backslash \\ tab \t nl \n cr \r nul \0 bell \u0007 é 😀 \u2028";
        StringBuilder sb = new StringBuilder();
        JsonTraceRenderer.escape(sb, nasty);
        assertEquals(nasty, JsonReader.parse(sb.toString()));
        assertEquals("/\u00e9\ud83d\ude00", JsonReader.parse("\"\\/\\u00E9\\ud83d\\ude00\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\" 1}", "{a: 1}", "\"open", "\"raw\ttab\"", "\"\\x\"",
        "\"\\u12\"", "01", "+1", "1.", ".5", "1e", "-", "tru", "nul", "1 2", "{\"a\":1}}", "\u00a01"})
    void rejectsWhatIsNotJson(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(text));
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
    }

    @Test
    void objectRefusesOtherValues() {
        assertThrows(IllegalArgumentException.class, () -> JsonReader.object("[1]"));
    }
}
