package org.portalkit.it;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nu.validator.client.EmbeddedValidator;

/**
 * Checks an HTML document against the HTML Living Standard with the Nu Html Checker (the engine of
 * validator.w3.org/nu), run in-process from the {@code nu.validator:validator} jar: no network, no service.
 * <p>
 * Reports the checker's errors (parse errors, content-model errors such as a stray end tag, duplicate ids, bad
 * attribute values, and fatal errors); its warnings and informational messages are left out. Language detection is
 * off: it only ever yields warnings.
 */
final class HtmlCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlCheck() {
    }

    /**
     * @param html a whole HTML document, as served
     * @return the errors, each as {@code line L, column C: message}; empty if the document is valid
     * @throws Exception if the checker itself fails
     */
    static List<String> errors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setForceHTML(true);
        validator.setNoLangDetect(true);
        validator.setLoadEntities(false);
        String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new ArrayList<>();
        for (JsonNode message : JSON.readTree(out).path("messages")) {
            String type = message.path("type").asText();
            if (!"error".equals(type) && !"non-document-error".equals(type)) {
                continue;
            }
            String where = message.has("lastLine")
                ? "line " + message.path("lastLine").asInt() + ", column "
                    + message.path("firstColumn").asInt(message.path("lastColumn").asInt())
                : type;
            String extract = message.path("extract").asText("").replaceAll("\\s+", " ").trim();
            errors.add(where + ": " + message.path("message").asText()
                + (extract.isEmpty() ? "" : " [" + (extract.length() > 120 ? extract.substring(0, 120) + "…" : extract) + "]"));
        }
        return errors;
    }
}
