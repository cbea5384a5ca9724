package org.portalkit.build.module;

/**
 * Configuration of one OpenCms export point:
 * {@code <exportPoint><uri>/system/modules/x/classes/</uri><destination>WEB-INF/classes/</destination></exportPoint>}.
 */
public class ExportPoint {

    private String uri;

    private String destination;

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }
}
