package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./install} script itself: what it refuses before any Java code runs, and that it hands
 * options to the launcher.
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

    private record Result(int status, String output) {
    }

    private static Result run(List<String> args, String path) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
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
