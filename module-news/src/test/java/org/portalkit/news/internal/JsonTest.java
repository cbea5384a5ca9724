package org.portalkit.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class JsonTest {

    @Test
    void writesNestedValues() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("s", "a\"b</script>");
        map.put("n", 5L);
        map.put("b", Boolean.TRUE);
        map.put("l", Arrays.asList("x", null, Map.of("k", "v")));
        String json = Json.write(map);
        assertEquals(map.toString(), new ObjectMapper().readValue(json, LinkedHashMap.class).toString());
        assertEquals("[]", Json.write(List.of()));
        assertEquals("null", Json.write(null));
    }

    @Test
    void refusesOtherObjects() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }
}
