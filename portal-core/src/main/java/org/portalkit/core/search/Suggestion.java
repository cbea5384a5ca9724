package org.portalkit.core.search;

/**
 * "Did you mean": a search text Solr's spelling checker proposes for a search without results.
 *
 * @param text        the proposed text (plain, to be HTML-encoded)
 * @param queryString the query string of the search for it
 */
public record Suggestion(String text, String queryString) {
}
