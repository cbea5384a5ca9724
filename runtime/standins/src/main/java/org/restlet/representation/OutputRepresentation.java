package org.restlet.representation;

import org.restlet.data.MediaType;

/**
 * Stand-in for Restlet's {@code org.restlet.representation.OutputRepresentation} (Restlet is not published on
 * Maven Central).
 *
 * <p>Super class of Solr's {@code BaseSolrResource.SolrOutputRepresentation}, which implements
 * {@link #write(java.io.OutputStream)} and calls the {@link MediaType} constructor below.
 */
public abstract class OutputRepresentation extends Representation {

    /**
     * Creates an output representation.
     *
     * @param mediaType the media type
     */
    public OutputRepresentation(MediaType mediaType) {
        super(mediaType);
    }
}
