package org.portalkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageElementsTest {

    @Test
    void anElementIsAModuleJspWithItsParametersInOrder() {
        PageElements.Element element = PageElements.element(
            " /system/modules/org.portalkit.template/elements/list.jsp?path=/tin-tuc/index.html&variant=latest&n=10 ");
        assertEquals("/system/modules/org.portalkit.template/elements/list.jsp", element.getPath());
        assertEquals(Map.of("path", "/tin-tuc/index.html", "variant", "latest", "n", "10"), element.getParameters());
        assertEquals("[path, variant, n]", element.getParameters().keySet().toString());
    }

    @Test
    void oddParametersAreDroppedAndTheFirstValueWins() {
        PageElements.Element element = PageElements.element(
            "/system/modules/a.b/elements/x.jsp?n=1&n=2&=3&<script>=4&ok&" + "p=".repeat(1));
        assertEquals(Map.of("n", "1", "ok", "", "p", ""), element.getParameters());
        StringBuilder many = new StringBuilder("/system/modules/a/elements/x.jsp?");
        for (int i = 0; i < 50; i++) {
            many.append("p").append(i).append("=v&");
        }
        assertEquals(PageElements.MAX_PARAMETERS, PageElements.element(many.toString()).getParameters().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/index.jsp", "/system/modules/a/elements/../../../WEB-INF/x.jsp",
        "/system/modules/a/formatters/x.jsp", "/system/modules/a/elements/x.html", "https://evil.example/x.jsp",
        "/sites/default/elements/x.jsp", "/system/modules/a/elements/sub/x.jsp"})
    void nothingButAModuleElementJspIsIncluded(String value) {
        assertNull(PageElements.element(value), value);
    }
}
