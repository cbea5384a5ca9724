package org.portalkit.build.module.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes {@code <file>.sha256} beside a file, in the format of {@code sha256sum}: the hex digest, two spaces, the
 * file name, a newline. {@code sha256sum -c} accepts it when run in the file's folder.
 */
public final class Sha256File {

    private Sha256File() {
    }

    public static Path writeFor(Path file) throws ModulePackagingException {
        String line = sha256Hex(file) + "  " + file.getFileName() + "\n";
        Path checksum = file.resolveSibling(file.getFileName() + ".sha256");
        try {
            Files.writeString(checksum, line, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModulePackagingException("Cannot write " + checksum + ": " + e.getMessage(), e);
        }
        return checksum;
    }

    public static String sha256Hex(Path file) throws ModulePackagingException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new ModulePackagingException("Cannot compute the SHA-256 of " + file + ": " + e.getMessage(), e);
        }
    }
}
