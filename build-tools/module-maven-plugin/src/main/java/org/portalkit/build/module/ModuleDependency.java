package org.portalkit.build.module;

/**
 * Configuration of one OpenCms module dependency:
 * {@code <dependency><name>org.portalkit.core</name><version>0.1.0</version></dependency>}.
 * The version is the lowest module version that works; when left out, the depending module's own version is used
 * (modules released together).
 */
public class ModuleDependency {

    private String name;

    private String version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
