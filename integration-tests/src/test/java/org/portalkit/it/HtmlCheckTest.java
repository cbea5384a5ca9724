package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link HtmlCheck} can fail: it reports a stray end tag and a duplicate id with their lines, and nothing for a
 * minimal valid document (no portal, no browser needed).
 */
class HtmlCheckTest {

    static final String VALID = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Trang kiểm thử</title>\n</head>\n<body>\n<main><h1 id=\"a\">Xin chào</h1><p>Nội dung.</p></main>\n"
        + "</body>\n</html>\n";

    @Test
    void aMinimalValidDocumentHasNoErrors() throws Exception {
        assertEquals(List.of(), HtmlCheck.errors(VALID));
    }

    @Test
    void aStrayEndTagAndADuplicateIdAreErrorsWithTheirLines() throws Exception {
        String bad = VALID.replace("<p>Nội dung.</p></main>\n", "<p id=\"a\">Nội dung.</p></div></main>\n");
        List<String> errors = HtmlCheck.errors(bad);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 8,") && e.contains("Stray end tag") && e.contains("div")),
            errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 8,") && e.contains("Duplicate ID") && e.contains("a")),
            errors.toString());
    }

    @Test
    void aMissingTitleIsAnError() throws Exception {
        List<String> errors = HtmlCheck.errors(VALID.replace("<title>Trang kiểm thử</title>\n", ""));
        assertTrue(errors.stream().anyMatch(e -> e.contains("title")), errors.toString());
    }
}
