package org.portalkit.build.module.internal;

/**
 * One access control entry of a manifest file entry ({@code <accessentry>}): a principal as OpenCms
 * writes it in exports ({@code GROUP.<name>}, {@code USER.<name>}, {@code ROLE.<name>}), the entry's flags
 * and the permissions it allows and denies (OpenCms' bit values: read 1, write 2, view 4, control 8,
 * direct publish 16).
 *
 * @param principal the principal
 * @param flags the entry flags (group 32, inherit 2, …)
 * @param allowed the allowed permission bits
 * @param denied the denied permission bits
 */
public record ManifestAccessEntry(String principal, int flags, int allowed, int denied) {

    /** OpenCms' flag of an entry for a group. */
    static final int FLAG_GROUP = 32;

    /** OpenCms' flag of an entry that applies to the folder's content too. */
    static final int FLAG_INHERIT = 2;

    /** OpenCms' read permission. */
    static final int READ = 1;

    /** OpenCms' view permission. */
    static final int VIEW = 4;

    /** The group every visitor who has not logged in belongs to. */
    static final String GUESTS_GROUP = "GROUP.Guests";

    /**
     * @return an entry that keeps visitors who have not logged in from reading or seeing a folder and
     *     everything in it
     */
    public static ManifestAccessEntry denyGuests() {
        return new ManifestAccessEntry(GUESTS_GROUP, FLAG_GROUP | FLAG_INHERIT, 0, READ | VIEW);
    }
}
