package org.portalkit.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page loaded in the browser for accessibility with axe-core (the engine of Deque's axe), against the
 * WCAG 2.0 and 2.1 rules of levels A and AA (tags {@code wcag2a}, {@code wcag2aa}, {@code wcag21a},
 * {@code wcag21aa}).
 * <p>
 * The script comes from the {@code org.webjars.npm:axe-core} jar on the test class path, nothing is downloaded. It is
 * injected with WebDriver's {@code executeScript}, which the page's Content-Security-Policy does not govern, and run
 * with {@code executeAsyncScript}. Only violations of impact {@code serious} or {@code critical} are reported.
 */
final class AxeCheck {

    /** The WCAG levels checked. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> REPORTED = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TARGETS = 8;
    private static final String SCRIPT = load();

    /**
     * @param violations the serious and critical violations, readable: rule id, impact, help, target selectors
     * @param passedRules how many rules the page passed (greater than 0 shows that axe did run in the page)
     * @param version the axe-core version that ran
     */
    record Result(List<String> violations, int passedRules, String version) {
    }

    private AxeCheck() {
    }

    /**
     * Runs axe in the page the driver has loaded.
     *
     * @param driver a browser with the page loaded
     * @return the result
     * @throws Exception if axe cannot be injected or fails
     */
    static Result run(WebDriver driver) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object version = js.executeScript(SCRIPT + "\n;return (typeof window.axe === 'object' && window.axe.version) || null;");
        if (version == null) {
            throw new IllegalStateException("axe-core was not injected into " + driver.getCurrentUrl());
        }
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
            + "window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify({violations: r.violations, passes: r.passes.length})); })"
            + ".catch(function (e) { done(JSON.stringify({error: String(e && e.stack || e)})); });", TAGS);
        JsonNode result = JSON.readTree(String.valueOf(answer));
        if (result.has("error")) {
            throw new IllegalStateException("axe.run failed in " + driver.getCurrentUrl() + ": " + result.path("error").asText());
        }
        List<String> violations = new ArrayList<>();
        for (JsonNode v : result.path("violations")) {
            String impact = v.path("impact").asText();
            if (!REPORTED.contains(impact)) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (JsonNode node : v.path("nodes")) {
                targets.add(target(node.path("target")));
            }
            int count = targets.size();
            String shown = String.join(" | ", targets.subList(0, Math.min(count, MAX_TARGETS)))
                + (count > MAX_TARGETS ? " | … " + (count - MAX_TARGETS) + " more" : "");
            violations.add(v.path("id").asText() + " (" + impact + "): " + v.path("help").asText() + " — " + count
                + (count == 1 ? " element: " : " elements: ") + shown);
        }
        return new Result(violations, result.path("passes").asInt(), String.valueOf(version));
    }

    /** A node's target: a selector, or for frames and shadow roots a list of selectors from the outside in. */
    private static String target(JsonNode target) {
        if (!target.isArray()) {
            return target.asText();
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode part : target) {
            parts.add(part.isArray() ? target(part) : part.asText());
        }
        return String.join(" >>> ", parts);
    }

    private static String load() {
        ClassLoader loader = AxeCheck.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("org.webjars.npm:axe-core is not on the test class path");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException(path + " is not in the axe-core webjar");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("axe-core cannot be read from its webjar", e);
        }
    }
}
