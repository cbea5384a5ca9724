package org.portalkit.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ScriptSafeJsonTest {

    @Test
    void writesTheBeaconAnswer() {
        assertEquals("{\"views\":2079}", ScriptSafeJson.write(json -> {
            json.writeStartObject();
            json.writeNumberField("views", 2079L);
            json.writeEndObject();
        }));
        assertEquals("{\"views\":null}", ScriptSafeJson.write(json -> {
            json.writeStartObject();
            json.writeNullField("views");
            json.writeEndObject();
        }));
    }

    @Test
    void escapesWhatCouldEndAScriptElementAsUnicodeEscapes() throws Exception {
        String text = "</script><!-- & \u2028\u2029 \"q\" 'a' \\ / \t Hội nghị";
        String json = ScriptSafeJson.write(g -> g.writeString(text));
        assertEquals("\"\\u003C/script\\u003E\\u003C!-- \\u0026 \\u2028\\u2029 \\\"q\\\" 'a' \\\\ / \\t Hội nghị\"", json);
        assertEquals(text, new ObjectMapper().readValue(json, String.class));
    }

    @Test
    void misuseIsReported() {
        assertThrows(UncheckedIOException.class, () -> ScriptSafeJson.write(g -> g.writeNumberField("x", 1)));
    }
}
