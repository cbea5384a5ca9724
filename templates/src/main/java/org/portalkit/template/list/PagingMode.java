package org.portalkit.template.list;

/** How a list moves on past its first page (field {@code Paging} of {@code pk-list}). */
public enum PagingMode {
    /** Numbered pager with previous/next ({@code numbered}, the default). */
    NUMBERED,
    /**
     * One "Xem thêm" / "Show more" link to the next page: without JavaScript it opens the next page, with
     * {@code resources/list.js} the next page's items are appended in place ({@code more}).
     */
    MORE,
    /** Only the first page ({@code none}). */
    NONE
}
