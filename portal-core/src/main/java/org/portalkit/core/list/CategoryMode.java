package org.portalkit.core.list;

/** How the categories of a {@link ListDefinition} combine. */
public enum CategoryMode {
    /** An item needs at least one of the categories (or one below it). */
    ANY,
    /** An item needs every one of the categories (or one below each). */
    ALL
}
