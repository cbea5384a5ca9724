package org.portalkit.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.cli.InstallOptions.Mode;

class InstallOptionsTest {

    private static final Path MODULES = Paths.get("/dist/modules");
    private static final List<Path> DEMOS = List.of(Paths.get("/dist/demo/a"), Paths.get("/dist/demo/b"));

    /** Every flag parse() accepts, with a valid value where it takes one. */
    private static final Map<String, List<String>> FLAGS = Map.ofEntries(
        Map.entry("-h", List.of()),
        Map.entry("--help", List.of()),
        Map.entry("--stop", List.of()),
        Map.entry("--status", List.of()),
        Map.entry("--reset", List.of()),
        Map.entry("--yes", List.of()),
        Map.entry("--no-serve", List.of()),
        Map.entry("--port", List.of("8081")),
        Map.entry("--data", List.of("d")),
        Map.entry("--modules", List.of("m")),
        Map.entry("--demo", List.of("x")),
        Map.entry("--webapp", List.of("w")),
        Map.entry("--remote", List.of("h:1100")));

    private static InstallOptions parse(String... args) throws InstallException {

        return InstallOptions.parse(args, MODULES, DEMOS);
    }

    private static InstallException usageError(String... args) {

        InstallException e = assertThrows(InstallException.class, () -> parse(args), String.join(" ", args));
        assertEquals(InstallOptions.EXIT_USAGE, e.getExitStatus(), e.getMessage());
        assertEquals(2, e.getExitStatus());
        return e;
    }

    private static void assertMentions(InstallException e, String text) {

        assertTrue(e.getMessage().contains(text), "'" + e.getMessage() + "' should mention " + text);
    }

    @Test
    void defaults() throws Exception {

        InstallOptions options = parse();
        assertEquals(Mode.DEMO, options.mode());
        assertEquals(8080, options.port());
        assertEquals(Paths.get("data"), options.dataDir());
        assertEquals(Paths.get("./data").normalize(), options.dataDir().normalize());
        assertTrue(options.serve());
        assertFalse(options.assumeYes());
        assertNull(options.webappDir());
        assertNull(options.remoteHost());
        assertEquals(List.of(MODULES), options.moduleDirs());
        assertEquals(DEMOS, options.demoDirs());
    }

    @Test
    void modeFlags() throws Exception {

        assertEquals(Mode.HELP, parse("-h").mode());
        assertEquals(Mode.HELP, parse("--help").mode());
        assertEquals(Mode.STOP, parse("--stop").mode());
        assertEquals(Mode.STATUS, parse("--status").mode());
        assertEquals(Mode.RESET, parse("--reset").mode());
        // the same mode twice is no conflict
        assertEquals(Mode.RESET, parse("--reset", "--reset").mode());
    }

    @Test
    void valueFlags() throws Exception {

        InstallOptions options = parse("--port", "9090", "--data", "/tmp/pk", "--modules", "/m", "--no-serve", "--yes");
        assertEquals(9090, options.port());
        assertEquals(Paths.get("/tmp/pk"), options.dataDir());
        assertEquals(List.of(Paths.get("/m")), options.moduleDirs());
        assertFalse(options.serve());
        assertTrue(options.assumeYes());
        assertEquals(Mode.DEMO, options.mode());
        assertEquals(1, parse("--port", "1").port());
        assertEquals(65535, parse("--port", "65535").port());
    }

    @Test
    void resetWithYes() throws Exception {

        InstallOptions options = parse("--reset", "--yes", "--data", "d");
        assertEquals(Mode.RESET, options.mode());
        assertTrue(options.assumeYes());
        assertEquals(Paths.get("d"), options.dataDir());
    }

    @Test
    void webappAndRemote() throws Exception {

        InstallOptions webapp = parse("--webapp", "/srv/opencms");
        assertEquals(Mode.WEBAPP, webapp.mode());
        assertEquals(Paths.get("/srv/opencms"), webapp.webappDir());
        InstallOptions remote = parse("--remote", "cms.example.org:1100");
        assertEquals(Mode.REMOTE, remote.mode());
        assertEquals("cms.example.org", remote.remoteHost());
        assertEquals(1100, remote.remotePort());
        // the port is after the last colon
        InstallOptions ipv6 = parse("--remote", "[::1]:1100");
        assertEquals("[::1]", ipv6.remoteHost());
        assertEquals(1100, ipv6.remotePort());
    }

    @Test
    void demoTakesACommaSeparatedList() throws Exception {

        assertEquals(List.of(Paths.get("a"), Paths.get("b")), parse("--demo", "a,b").demoDirs());
        assertEquals(List.of(Paths.get("a"), Paths.get("b")), parse("--demo", " a , ,b,").demoDirs());
        // the list replaces the defaults, also when given twice
        assertEquals(List.of(Paths.get("c")), parse("--demo", "a,b", "--demo", "c").demoDirs());
    }

    @Test
    void modulesTakesACommaSeparatedList() throws Exception {

        assertEquals(List.of(Paths.get("a"), Paths.get("b")), parse("--modules", "a,b").moduleDirs());
        assertMentions(usageError("--modules", ","), "--modules");
    }

    @Test
    void parsedListsAreIndependentOfTheDefaults() throws Exception {

        List<Path> demos = new ArrayList<>(DEMOS);
        InstallOptions options = InstallOptions.parse(new String[0], MODULES, demos);
        demos.clear();
        assertEquals(DEMOS, options.demoDirs());
        assertThrows(UnsupportedOperationException.class, () -> options.demoDirs().add(Paths.get("x")));
    }

    @Test
    void portGivenTellsWhetherPortWasOnTheCommandLine() throws Exception {

        assertFalse(parse().portGiven());
        assertFalse(parse("--no-serve", "--data", "d").portGiven());
        InstallOptions given = parse("--port", "8080");
        assertTrue(given.portGiven(), "given, even with the default value");
        assertEquals(8080, given.port());
        assertTrue(parse("--data", "d", "--port", "9090", "--yes").portGiven());
        assertEquals(9090, parse("--data", "d", "--port", "9090", "--yes").port());
    }

    @Test
    void badPorts() {

        InstallException e = usageError("--port", "abc");
        assertMentions(e, "--port");
        assertMentions(e, "abc");
        assertMentions(usageError("--port", "0"), "--port");
        assertMentions(usageError("--port", "70000"), "--port");
        assertMentions(usageError("--port", "-1"), "--port");
        assertMentions(usageError("--port", ""), "--port");
        assertMentions(usageError("--port", "8080.5"), "--port");
    }

    @Test
    void missingValues() {

        for (String flag : List.of("--port", "--data", "--modules", "--demo", "--webapp", "--remote")) {
            InstallException e = usageError(flag);
            assertMentions(e, flag);
            assertMentions(e, "needs a value");
            // the next flag is not taken for the value
            assertMentions(usageError(flag, "--yes"), flag);
        }
    }

    @Test
    void unknownFlag() {

        InstallException e = usageError("--frobnicate");
        assertMentions(e, "--frobnicate");
        assertMentions(usageError("--yes", "extra"), "extra");
    }

    @Test
    void conflictingModes() {

        InstallException e = usageError("--webapp", "x", "--remote", "h:1");
        assertMentions(e, "--remote");
        assertMentions(e, "--webapp");
        assertMentions(usageError("--stop", "--status"), "--status");
        assertMentions(usageError("--reset", "--webapp", "w"), "--webapp");
    }

    @Test
    void badRemoteTargets() {

        for (String target : List.of("nohost", ":12", "h:")) {
            InstallException e = usageError("--remote", target);
            assertMentions(e, "--remote");
            assertMentions(e, target);
        }
        assertMentions(usageError("--remote", "h:abc"), "--remote");
        assertMentions(usageError("--remote", "h:0"), "--remote");
        assertMentions(usageError("--remote", "h:65536"), "--remote");
    }

    @Test
    void helpTextMentionsEveryFlagAndParseAcceptsEveryFlagItMentions() throws Exception {

        String help = InstallOptions.helpText();
        for (Map.Entry<String, List<String>> flag : FLAGS.entrySet()) {
            assertTrue(help.contains(flag.getKey()), "help text lacks " + flag.getKey());
            List<String> args = new ArrayList<>();
            args.add(flag.getKey());
            args.addAll(flag.getValue());
            parse(args.toArray(new String[0]));
        }
        // and every option the help text lists is one of them
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("(?m)^\\s+(-h, )?(--[a-z-]+)").matcher(help);
        int listed = 0;
        while (option.find()) {
            assertTrue(FLAGS.containsKey(option.group(2)), "help lists " + option.group(2) + ", which parse() does not know");
            listed++;
        }
        assertEquals(FLAGS.size() - 1, listed, "-h and --help share a line");
    }

    @Test
    void helpTextIsTheFileThatTheInstallScriptPrintsWithoutABuild() throws Exception {

        // ./install --help cats this file from the source tree; the launcher must show the very same text
        Path source = Paths.get("src/main/resources/org/portalkit/runtime/cli", InstallOptions.HELP_RESOURCE);
        assertEquals(java.nio.file.Files.readString(source, java.nio.charset.StandardCharsets.UTF_8), InstallOptions.helpText());
        assertTrue(InstallOptions.helpText().startsWith("Usage: ./install [OPTIONS]\n"));
        assertTrue(InstallOptions.helpText().endsWith("2 wrong usage.\n"));
    }
}
