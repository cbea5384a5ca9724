package org.portalkit.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@code .properties} files from a class loader as UTF-8, the encoding Java 9+ uses for resource bundles.
 */
public final class PropertiesFiles {

    private PropertiesFiles() {
    }

    /**
     * @param loader       the class loader to read from
     * @param resourcePath the resource path, e.g. {@code org/portalkit/news/messages_vi.properties}
     * @return the properties, or empty when there is no such resource
     */
    public static Optional<Properties> read(ClassLoader loader, String resourcePath) {
        InputStream in = loader.getResourceAsStream(resourcePath);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return Optional.of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resourcePath, e);
        }
    }
}
