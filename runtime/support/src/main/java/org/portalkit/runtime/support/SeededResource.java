package org.portalkit.runtime.support;

/**
 * Whether demo content that an earlier release seeded may be replaced by this release's version: only when its
 * resource type changed (for example {@code /tin-tuc/index.html}, a {@code pk-page} before and a {@code pk-list}
 * now) and nobody edited it since it was seeded, i.e. it was last modified by the user who created it, within
 * {@value #SEEDING_WINDOW_MILLIS} ms of its creation (seeding writes a new file once more to apply the schema's
 * mappings). Anything an editor touched, and every resource whose type stayed the same, is left alone.
 */
public final class SeededResource {

    /** How long after its creation the seeding itself may still write a resource. */
    public static final long SEEDING_WINDOW_MILLIS = 5 * 60 * 1000L;

    private SeededResource() {
    }

    /**
     * @param typeNow          the existing resource's type id
     * @param typeSeeded       the type id this release's demo content has for the path
     * @param created          the resource's creation time (ms)
     * @param lastModified     its last modification time (ms)
     * @param creator          the id of the user who created it
     * @param lastModifiedBy   the id of the user who last modified it
     * @return whether the resource is replaced by the demo content of this release
     */
    public static boolean replaceable(int typeNow, int typeSeeded, long created, long lastModified, String creator,
        String lastModifiedBy) {
        if (typeNow == typeSeeded) {
            return false;
        }
        boolean sameUser = creator != null && creator.equals(lastModifiedBy);
        long sinceCreation = lastModified - created;
        return sameUser && sinceCreation >= 0 && sinceCreation <= SEEDING_WINDOW_MILLIS;
    }
}
