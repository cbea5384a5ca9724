package org.restlet.representation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.restlet.data.MediaType;

/**
 * Stand-in for Restlet's {@code org.restlet.representation.Representation} (Restlet is not published on Maven
 * Central).
 *
 * <p>Appears in the signatures of Solr's {@code GETable}/{@code PUTable}/{@code POSTable}/{@code DELETEable},
 * {@code ManagedResource.doPut/doPost} and {@code RestManager.ManagedEndpoint}, which reads the media type and
 * the text of request bodies. A representation here is anything that can write itself to a stream.
 */
public abstract class Representation {

    private MediaType mediaType;

    /** Creates a representation without media type. */
    protected Representation() {
    }

    /**
     * Creates a representation.
     *
     * @param mediaType the media type, may be {@code null}
     */
    protected Representation(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** @return the media type, may be {@code null} */
    public MediaType getMediaType() {
        return mediaType;
    }

    /** @param mediaType the media type */
    public void setMediaType(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /**
     * Writes the content.
     *
     * @param out the target stream
     * @throws IOException if writing fails
     */
    public abstract void write(OutputStream out) throws IOException;

    /**
     * Returns the content as text (UTF-8).
     *
     * @return the content
     * @throws IOException if the content cannot be produced
     */
    public String getText() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        write(buffer);
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
