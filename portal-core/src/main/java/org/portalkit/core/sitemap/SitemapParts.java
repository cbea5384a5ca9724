package org.portalkit.core.sitemap;

/**
 * How a site's sitemap is split: part {@code n} (1-based) holds the documents {@code [(n-1)·size, n·size)} of the
 * index's order (by {@code solr_id}); the index lists {@code ceil(total / size)} parts, at least one, at most
 * {@code maxParts}. Values only; no I/O.
 *
 * @param size     documents per part, 1..{@value SitemapWriter#MAX_ENTRIES}
 * @param maxParts most parts, at least 1
 */
public record SitemapParts(int size, int maxParts) {

    /** Documents per part of the site's sitemap: the protocol's limit. */
    public static final int PART_SIZE = SitemapWriter.MAX_ENTRIES;

    /** Most parts the index lists (1000 × 50,000 = 50 million documents). */
    public static final int MAX_PARTS = 1000;

    /** The parts every site uses. */
    public static final SitemapParts DEFAULT = new SitemapParts(PART_SIZE, MAX_PARTS);

    /** Checks the bounds. */
    public SitemapParts {
        if (size < 1 || size > SitemapWriter.MAX_ENTRIES || maxParts < 1) {
            throw new IllegalArgumentException("size 1.." + SitemapWriter.MAX_ENTRIES + ", maxParts ≥ 1");
        }
    }

    /**
     * @param total the number of documents
     * @return the number of parts the index lists
     */
    public int parts(long total) {
        long parts = (Math.max(0, total) + size - 1) / size;
        return (int)Math.max(1, Math.min(parts, maxParts));
    }

    /**
     * @param part a part number
     * @param total the number of documents
     * @return whether the index lists this part
     */
    public boolean exists(int part, long total) {
        return part >= 1 && part <= parts(total);
    }

    /**
     * @param part a part number (1-based)
     * @return the position of its first document in the index's order
     */
    public long offset(int part) {
        return (long)(part - 1) * size;
    }

    /**
     * @param text the number in a part's name ({@code sitemap-<n>.xml}), from the request
     * @return the part number, or {@code -1} if the text is not 1–4 ASCII digits without a leading zero
     */
    public static int parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 4 || text.charAt(0) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
