package org.portalkit.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageFrameTest {

    @Test
    void aModuleJspIsTheFrame() {
        PageFrame frame = PageFrame.forValue(" /system/modules/org.portalkit.template/templates/frame.jsp ");
        assertTrue(frame.isPresent());
        assertEquals("/system/modules/org.portalkit.template/templates/frame.jsp", frame.getJsp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "none", "/frame.jsp", "/system/modules/x/../../shared/evil.jsp",
        "/system/modules/org.portalkit.template/templates/frame.html", "https://example.org/frame.jsp",
        "/system/modules/x//frame.jsp", "/system/modules/x/frame.jsp?part=head", "/sites/default/frame.jsp"})
    void anythingElseMeansNoFrame(String value) {
        assertFalse(PageFrame.forValue(value).isPresent(), value);
        assertEquals("", PageFrame.forValue(value).getJsp());
    }

    @Test
    void anUnsetPropertyMeansNoFrame() {
        assertFalse(PageFrame.forValue(null).isPresent());
    }
}
