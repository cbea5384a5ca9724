package org.portalkit.template.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * resources/fonts.css against the VFS tree the module zip is packed from ({@code target/vfs}, made in
 * process-resources: src/main/vfs plus the font files): every font it names is there, nothing else is, and the
 * subsets' unicode-range values cover Vietnamese text.
 */
class FontsCssTest {

    static final String MODULE = "system/modules/org.portalkit.template";

    static final Path SOURCE_CSS = Paths.get("src/main/vfs", MODULE, "resources/fonts.css");

    static final Path BUILT_RESOURCES = Paths.get("target/vfs", MODULE, "resources");

    static final String FAMILY = "PortalKit Noto Sans";

    static final String SAMPLE = "Sở Lao động - Thương binh và Xã hội, Đăng Nhập, LƯỢT TRUY CẬP. "
        + "Cổng thông tin điện tử: Tiếng Việt có dấu ă â ê ô ơ ư đ Ă Â Ê Ô Ơ Ư Đ, thanh huyền sắc hỏi ngã nặng "
        + "à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ "
        + "ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ Ỳ Ý Ỷ Ỹ Ỵ 1.000.000 ₫";

    private static final Pattern FACE = Pattern.compile("@font-face\\s*\\{([^}]*)\\}");

    private static final Pattern URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)");

    private static final Pattern RANGE = Pattern.compile("unicode-range\\s*:\\s*([^;]+);");

    private static final Pattern RANGE_ITEM = Pattern.compile("U\\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?");

    record Face(String declarations, List<String> urls, List<int[]> ranges) {

        boolean covers(int codePoint) {
            return ranges.stream().anyMatch(r -> r[0] <= codePoint && codePoint <= r[1]);
        }

        boolean has(String property, String value) {
            return Pattern.compile(property + "\\s*:\\s*\"?" + Pattern.quote(value) + "\"?\\s*;").matcher(declarations).find();
        }
    }

    static List<Face> faces() throws IOException {
        String css = Files.readString(SOURCE_CSS, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        List<Face> faces = new ArrayList<>();
        Matcher face = FACE.matcher(css);
        while (face.find()) {
            String body = face.group(1);
            List<String> urls = new ArrayList<>();
            Matcher url = URL.matcher(body);
            while (url.find()) {
                urls.add(url.group(1).strip());
            }
            List<int[]> ranges = new ArrayList<>();
            Matcher range = RANGE.matcher(body);
            if (range.find()) {
                for (String item : range.group(1).split(",")) {
                    Matcher m = RANGE_ITEM.matcher(item.strip().toUpperCase());
                    assertTrue(m.matches(), "unicode-range item '" + item + "' of " + body);
                    int from = Integer.parseInt(m.group(1), 16);
                    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2), 16);
                    assertTrue(from <= to, item);
                    ranges.add(new int[] {from, to});
                }
            }
            faces.add(new Face(body, urls, ranges));
        }
        return faces;
    }

    @Test
    void everyFontTheCssNamesIsInTheBuiltModuleAndNothingElse() throws IOException {
        List<Face> faces = faces();
        assertFalse(faces.isEmpty(), "no @font-face in " + SOURCE_CSS);
        Set<String> named = new TreeSet<>();
        for (Face face : faces) {
            assertFalse(face.urls().isEmpty(), "@font-face without url(): " + face.declarations());
            assertTrue(face.has("font-display", "swap"), face.declarations());
            assertTrue(face.has("font-family", FAMILY), face.declarations());
            for (String url : face.urls()) {
                assertTrue(url.startsWith("fonts/") && url.endsWith(".woff2"), "woff2 below fonts/: " + url);
                Path file = BUILT_RESOURCES.resolve(url).normalize();
                assertTrue(file.startsWith(BUILT_RESOURCES), url);
                assertTrue(Files.isRegularFile(file), url + " is missing from " + BUILT_RESOURCES
                    + " (the build copies it from the npm package, see templates/pom.xml)");
                assertTrue(Files.size(file) > 1000, url + " is too small to be a font");
                named.add(file.getFileName().toString());
            }
        }
        Set<String> shipped;
        try (Stream<Path> files = Files.list(BUILT_RESOURCES.resolve("fonts"))) {
            shipped = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = new TreeSet<>(named);
        expected.add("LICENSE-noto-sans.txt");
        assertEquals(expected, shipped, "resources/fonts/ holds exactly the fonts fonts.css names and the licence");
        String licence = Files.readString(BUILT_RESOURCES.resolve("fonts/LICENSE-noto-sans.txt"), StandardCharsets.UTF_8);
        assertTrue(licence.contains("SIL Open Font License"), "the licence is the OFL");
    }

    @Test
    void theSubsetsCoverVietnameseTextInEveryShippedStyle() throws IOException {
        List<Face> faces = faces();
        String text = Normalizer.normalize(SAMPLE, Normalizer.Form.NFC);
        for (String[] style : new String[][] {{"400", "normal"}, {"700", "normal"}, {"400", "italic"}}) {
            List<Face> ofStyle = faces.stream()
                .filter(f -> f.has("font-weight", style[0]) && f.has("font-style", style[1]))
                .collect(Collectors.toList());
            assertFalse(ofStyle.isEmpty(), "no face for " + String.join(" ", style));
            text.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp ->
                assertTrue(ofStyle.stream().anyMatch(f -> f.covers(cp)),
                    String.format("U+%04X '%s' is in no unicode-range of %s %s", cp, Character.toString(cp),
                        style[0], style[1])));
        }
    }

    @Test
    void theVietnameseLettersFallInTheVietnameseSubset() throws IOException {
        Face vietnamese = faces().stream().filter(f -> f.urls().stream().anyMatch(u -> u.contains("-vietnamese-")))
            .findFirst().orElseThrow();
        for (int cp : "ĐđƠơƯưĂăĨĩŨũ".codePoints().toArray()) {
            assertTrue(vietnamese.covers(cp), String.format("U+%04X", cp));
        }
        for (int cp = 0x1EA0; cp <= 0x1EF9; cp++) {
            assertTrue(vietnamese.covers(cp), String.format("U+%04X", cp));
        }
    }

    @Test
    void theRootGetsTheFontVariable() throws IOException {
        String css = Files.readString(SOURCE_CSS, StandardCharsets.UTF_8);
        assertTrue(Pattern.compile(":root\\s*\\{[^}]*--pk-font\\s*:\\s*\"" + FAMILY + "\"").matcher(css).find(), css);
    }
}
