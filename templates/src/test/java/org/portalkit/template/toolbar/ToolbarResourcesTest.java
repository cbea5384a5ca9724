package org.portalkit.template.toolbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.portalkit.template.Messages;

/**
 * The reading toolbar's files agree with each other and with the markup contract: toolbar.js (ES5, no inline
 * markup), toolbar.css (a size class for every step the script can set, hidden without pk-js), print.css, and the
 * message keys. Their behaviour in a browser: integration-tests' ReadingToolbarIT.
 */
class ToolbarResourcesTest {

    static final Path RESOURCES = Paths.get("src/main/vfs/system/modules/org.portalkit.template/resources");

    static String read(String name) throws IOException {
        return Files.readString(RESOURCES.resolve(name), StandardCharsets.UTF_8);
    }

    static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    static int constant(String js, String name) {
        Matcher m = Pattern.compile("var " + name + " = (-?\\d+);").matcher(js);
        assertTrue(m.find(), name);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theScriptIsPlainEs5() throws IOException {
        String js = withoutComments(read("toolbar.js"));
        for (String modern : List.of("=>", "`", "let ", "const ", "class ", "async ", "await ", "?.", "??",
                "innerHTML", "textContent", "eval(", "document.write")) {
            assertFalse(js.contains(modern), "toolbar.js uses " + modern);
        }
        assertTrue(js.contains("'pk.textSize'") && js.contains("'pk.contrast'"), "the localStorage keys");
        assertTrue(js.contains("addClass('pk-js')"), "pk-js on <html>");
        assertTrue(js.contains("try {"), "localStorage access is guarded");
    }

    @Test
    void everyStepTheScriptSetsHasAFontSize() throws IOException {
        String js = withoutComments(read("toolbar.js"));
        String css = withoutComments(read("toolbar.css"));
        int min = constant(js, "MIN");
        int max = constant(js, "MAX");
        assertEquals(-2, min);
        assertEquals(3, max);
        double previous = 0;
        for (int step = min; step <= max; step++) {
            if (step == 0) {
                assertFalse(css.contains("html.pk-text-0"), "step 0 is the layout's own size");
                previous = 1.0;
                continue;
            }
            Matcher m = Pattern.compile("html\\.pk-text-" + Pattern.quote(String.valueOf(step))
                + "\\s*\\{\\s*font-size:\\s*calc\\(var\\(--pk-root-size\\)\\s*\\*\\s*([0-9.]+)\\)").matcher(css);
            assertTrue(m.find(), "no font-size for pk-text-" + step);
            double factor = Double.parseDouble(m.group(1));
            assertTrue(factor > previous, "pk-text-" + step + " grows");
            previous = factor;
        }
    }

    @Test
    void theToolbarIsHiddenWithoutJavaScript() throws IOException {
        String css = withoutComments(read("toolbar.css"));
        assertTrue(Pattern.compile("html:not\\(\\.pk-js\\)\\s+\\[data-pk-toolbar\\]\\s*\\{\\s*display:\\s*none\\s*!important")
            .matcher(css).find(), css);
        assertTrue(css.contains(":focus-visible") && css.contains(".pk-skip:focus"), "focus outline and skip link");
        assertTrue(css.contains("@media screen") && css.contains("html.pk-contrast"), "the contrast theme, screen only");
    }

    @Test
    void thePrintStylesheetHidesTheScreenOnlyParts() throws IOException {
        String css = withoutComments(read("print.css"));
        assertTrue(css.strip().startsWith("@media print"), "only print rules");
        for (String selector : List.of("[data-pk-toolbar]", "nav", ".pk-skip", ".pk-no-print", "aside",
                ".pk-banner-zone", ".pk-banners", "form", "main a[href^=\"http\"]::after")) {
            assertTrue(css.contains(selector), selector);
        }
    }

    @Test
    void theLabelsAreTranslated() {
        Locale vi = Locale.forLanguageTag("vi");
        assertEquals("Cỡ chữ và độ tương phản", Messages.get("toolbar.label", vi));
        assertEquals("Giảm cỡ chữ", Messages.get("toolbar.smaller", vi));
        assertEquals("Cỡ chữ mặc định", Messages.get("toolbar.reset", vi));
        assertEquals("Tăng cỡ chữ", Messages.get("toolbar.larger", vi));
        assertEquals("Độ tương phản cao", Messages.get("toolbar.contrast", vi));
        assertEquals("Larger text", Messages.get("toolbar.larger", Locale.ENGLISH));
    }
}
