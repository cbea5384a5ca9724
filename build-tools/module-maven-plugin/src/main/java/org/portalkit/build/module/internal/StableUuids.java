package org.portalkit.build.module.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Derives the structure and resource ids of a VFS resource from the module name and its path (name-based UUID,
 * version 3), so that every build of the same module gives each resource the same ids. OpenCms matches resources
 * by these ids on {@code replaceModule}/{@code updateModule}; random ids would make every update look like a
 * delete plus a create.
 */
public final class StableUuids {

    private StableUuids() {
    }

    public static UUID structureId(String moduleName, String vfsPath) {
        return derive(moduleName, vfsPath, "structure");
    }

    public static UUID resourceId(String moduleName, String vfsPath) {
        return derive(moduleName, vfsPath, "resource");
    }

    private static UUID derive(String moduleName, String vfsPath, String kind) {
        String name = moduleName + ":" + vfsPath + ":" + kind;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
