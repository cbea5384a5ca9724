package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.cli.InstallOptions;

/**
 * The {@code ./install} script itself: what it refuses before any Java code runs, that it hands options to
 * the launcher, and (in a copy laid out like a fresh clone, with a fake Maven) --help without a build and the
 * build step.
 */
class InstallScriptIT {

    private static final Path SCRIPT = Paths.get(System.getProperty("portalkit.dist")).resolve("../../../../install").normalize();

    @Test
    void aJavaOlderThan17IsRefusedWithAClearMessage(@TempDir Path fakeBin) throws Exception {
        Path java = fakeBin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'Property settings:' >&2\necho '    java.specification.version = 11' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Result result = run(List.of("--status"), fakeBin + ":/usr/bin:/bin");
        assertEquals(1, result.status, result.output);
        assertTrue(result.output.contains("Java 17 or newer is required; found Java 11"), result.output);
    }

    @Test
    void anUnknownOptionEndsWithStatus2AndNamesIt() throws Exception {
        Result result = run(List.of("--frobnicate"), System.getenv("PATH"));
        assertEquals(2, result.status, result.output);
        assertTrue(result.output.contains("Unknown option '--frobnicate'"), result.output);
    }

    @Test
    void helpExplainsTheModesAndThePasswordVariable() throws Exception {
        Result result = run(List.of("--help"), System.getenv("PATH"));
        assertEquals(0, result.status, result.output);
        for (String expected : new String[] {"--webapp DIR", "--remote HOST:PORT", "--stop", "--status", "--reset", "--port N",
            "PORTALKIT_ADMIN_PASSWORD"}) {
            assertTrue(result.output.contains(expected), expected + " missing in:\n" + result.output);
        }
    }

    @Test
    void helpCombinedWithAMistakeIsStillReportedByTheLauncher() throws Exception {
        Result unknown = run(List.of("--help", "--frobnicate"), System.getenv("PATH"));
        assertEquals(2, unknown.status, unknown.output);
        assertTrue(unknown.output.contains("Unknown option '--frobnicate'"), unknown.output);
        Result conflict = run(List.of("-h", "--stop"), System.getenv("PATH"));
        assertEquals(2, conflict.status, conflict.output);
        assertTrue(conflict.output.contains("cannot be combined"), conflict.output);
    }

    @Test
    void helpOnACleanTreeAnswersAtOnceWithoutMaven(@TempDir Path temp) throws Exception {
        Path tree = cleanTree(temp.resolve("clone"));
        Path marker = temp.resolve("mvn-was-called");
        Path fakeBin = Files.createDirectories(temp.resolve("bin"));
        executable(fakeBin.resolve("mvn"), "#!/bin/sh\necho \"mvn $*\" >> '" + marker + "'\nexit 1\n");
        assertFalse(Files.exists(tree.resolve("runtime/launcher/target")));

        Result result = run(tree.resolve("install"), List.of("--help"), fakeBin + ":" + System.getenv("PATH"));
        assertEquals(0, result.status, result.output);
        assertEquals(InstallOptions.helpText(), result.output);
        assertFalse(Files.exists(marker), "Maven was called");
        assertFalse(result.output.contains("[build]"), result.output);
        assertFalse(Files.exists(tree.resolve("runtime/launcher/target")));
    }

    @Test
    void theBuildStepReportsItsDurationAndThenRunsTheLauncher(@TempDir Path temp) throws Exception {
        Path tree = cleanTree(temp.resolve("clone"));
        Path marker = temp.resolve("mvn-was-called");
        Path fakeBin = Files.createDirectories(temp.resolve("bin"));
        executable(fakeBin.resolve("mvn"), "#!/bin/sh\necho \"mvn $*\" >> '" + marker + "'\necho '[INFO] fake build'\n"
            + "mkdir -p runtime/launcher/target/portalkit-runtime/lib\n");
        fakeJava(fakeBin);

        Result result = run(tree.resolve("install"), List.of("--no-serve"), fakeBin + ":/usr/bin:/bin");
        assertEquals(0, result.status, result.output);
        assertEquals(List.of("mvn -B -q -DskipTests install"), Files.readAllLines(marker));
        assertTrue(result.output.startsWith("[build] Maven: building"), result.output);
        assertTrue(Pattern.compile("\n  built \\(\\d+ s\\)\n").matcher(result.output).find(), result.output);
        assertTrue(result.output.contains("launcher: ") && result.output.contains("org.portalkit.runtime.cli.InstallMain --no-serve"), result.output);
        // not a terminal: nothing is rewritten in place; the build log is gone after a good build
        assertFalse(result.output.contains("\r"), result.output);
        assertFalse(result.output.contains("[INFO] fake build"), result.output);
        assertFalse(Files.exists(tree.resolve("target-build.log")));
        assertTrue(Files.exists(tree.resolve("runtime/launcher/target/portalkit-runtime/.built")));
    }

    @Test
    void aFailedBuildShowsTheEndOfItsLogAndStops(@TempDir Path temp) throws Exception {
        Path tree = cleanTree(temp.resolve("clone"));
        Path fakeBin = Files.createDirectories(temp.resolve("bin"));
        executable(fakeBin.resolve("mvn"), "#!/bin/sh\necho '[ERROR] portal-core: compilation failure'\nexit 3\n");
        fakeJava(fakeBin);

        Result result = run(tree.resolve("install"), List.of(), fakeBin + ":/usr/bin:/bin");
        assertEquals(1, result.status, result.output);
        assertTrue(result.output.contains("[ERROR] portal-core: compilation failure"), result.output);
        assertTrue(result.output.contains("install: the build failed; full log in " + tree.resolve("target-build.log")), result.output);
        assertFalse(result.output.contains("built ("), result.output);
        assertFalse(result.output.contains("launcher: "), result.output);
    }

    /** A copy of the files ./install needs before a build, laid out like a fresh clone (no target folders). */
    private static Path cleanTree(Path root) throws IOException {
        Path help = Paths.get("runtime/launcher/src/main/resources/org/portalkit/runtime/cli/install-help.txt");
        Files.createDirectories(root.resolve(help).getParent());
        Files.copy(SCRIPT.resolveSibling(help.toString()), root.resolve(help));
        Files.copy(SCRIPT, root.resolve("install"));
        return root;
    }

    /** A java that passes the version check and, instead of the launcher, prints its command line. */
    private static void fakeJava(Path bin) throws IOException {
        executable(bin.resolve("java"), "#!/bin/sh\ncase \"$*\" in\n"
            + "  *-XshowSettings*) echo '    java.specification.version = 17' >&2 ;;\n"
            + "  *) echo \"launcher: $*\" ;;\nesac\n");
    }

    private static void executable(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Result(int status, String output) {
    }

    private static Result run(List<String> args, String path) throws IOException, InterruptedException {
        return run(SCRIPT, args, path);
    }

    private static Result run(Path script, List<String> args, String path) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", path);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("./install did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
