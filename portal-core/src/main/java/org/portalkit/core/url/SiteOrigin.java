package org.portalkit.core.url;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import javax.servlet.http.HttpServletRequest;

import org.opencms.file.CmsObject;
import org.opencms.main.OpenCms;
import org.portalkit.core.url.internal.ConfiguredSites;

/**
 * The addresses of an OpenCms site as its configuration names them ({@code opencms-sites.xml}): the origin that
 * absolute URLs are built with, and every origin the site answers to. Never derived from a request: a {@code Host},
 * {@code X-Forwarded-Host} or {@code Forwarded} header can say anything, so a URL built from it could send readers,
 * search engines and feed readers to another server.
 *
 * <p>{@link #current(CmsObject)} reads the current site of a request; {@link #primary()} is
 * <ol>
 * <li>the site's secure server ({@code <secure server="https://…"/>}) when the site has one and its SSL mode is
 * {@code secure-server} (the mode in which OpenCms serves the site on that separate HTTPS address);</li>
 * <li>otherwise the site's server ({@code <site server="…">}); with the SSL modes {@code manual},
 * {@code manual-ep-termination} and {@code lets-encrypt} this is already the {@code https://} address;</li>
 * <li>for a request outside every configured site (the root site {@code /}, or a default site without a usable
 * server) the workplace server ({@code <workplace-server>}).</li>
 * </ol>
 * {@link #origins()} are the primary origin, the site's server, its secure server and its aliases
 * ({@code <alias server="…"/>}).
 *
 * <p>{@link #isFromSite(HttpServletRequest)} decides whether a state-changing request (a view beacon, a click
 * counter) was sent by a page of the site. Immutable and thread-safe.
 */
public final class SiteOrigin {

    private final Origin primary;

    private final List<Origin> origins;

    private SiteOrigin(Origin primary, List<Origin> origins) {
        this.primary = primary;
        this.origins = origins;
    }

    /**
     * @param primary the origin for absolute URLs, may be {@code null} (then no absolute URLs can be built)
     * @param others  further origins the site answers to (aliases, secure server); {@code null} entries and
     *                duplicates are left out
     * @return the site's origins, {@code primary} first
     */
    public static SiteOrigin of(Origin primary, Collection<Origin> others) {
        List<Origin> all = new ArrayList<>();
        if (primary != null) {
            all.add(primary);
        }
        if (others != null) {
            for (Origin origin : others) {
                if (origin != null && !all.contains(origin)) {
                    all.add(origin);
                }
            }
        }
        return new SiteOrigin(primary, Collections.unmodifiableList(all));
    }

    /**
     * The current site of a request, from OpenCms's site configuration.
     *
     * @param cms the request's OpenCms context (its site root decides the site)
     * @return the site's origins
     */
    public static SiteOrigin current(CmsObject cms) {
        return forSiteRoot(cms.getRequestContext().getSiteRoot());
    }

    /**
     * @param siteRoot a site root, e.g. {@code /sites/default}; {@code ""} or {@code /} for the root site
     * @return the origins of that site from OpenCms's site configuration; for a site root no site is configured for,
     *         the workplace server
     */
    public static SiteOrigin forSiteRoot(String siteRoot) {
        return ConfiguredSites.forSiteRoot(OpenCms.getSiteManager(), siteRoot);
    }

    /**
     * @return the origin absolute URLs (canonical URL, feeds, social media tags, structured data) are built with, or
     *         {@code null} when the configuration names no usable {@code http}/{@code https} address
     */
    public Origin primary() {
        return primary;
    }

    /** @return every origin of the site, {@link #primary()} first; unmodifiable, may be empty */
    public List<Origin> origins() {
        return origins;
    }

    /**
     * @param origin an origin, may be {@code null}
     * @return whether it is one of the site's origins (exactly: scheme, host and port)
     */
    public boolean contains(Origin origin) {
        return origin != null && origins.contains(origin);
    }

    /**
     * Makes a server-relative link absolute on the {@link #primary()} origin.
     *
     * @param link a server-relative link such as {@code /opencms/tin-tuc/a}
     * @return the absolute URL, or {@code null} when there is no primary origin or the link is no plain
     *         server-relative path ({@link Origin#resolve(String)})
     */
    public String absolute(String link) {
        return primary == null ? null : primary.resolve(link);
    }

    /**
     * Whether a request was sent by a page of this site, judged by what browsers send with every {@code POST}:
     * <ol>
     * <li>{@code Sec-Fetch-Site: cross-site}: no;</li>
     * <li>an {@code Origin} header: yes exactly when it is one of {@link #origins()} (scheme, host and port; the
     * opaque origin {@code null} and anything unparseable: no);</li>
     * <li>no {@code Origin} but a {@code Referer}: yes exactly when the origin of the {@code Referer} URL is one of
     * {@link #origins()};</li>
     * <li>neither: yes. Browsers send {@code Origin} with every cross-origin request and with every {@code POST}, so
     * a request without both cannot be a page of another site acting through a reader's browser; it is a client
     * that can send whatever it likes anyway (bots and rate limits are the counters' business).</li>
     * </ol>
     * The request's own {@code Host} plays no part.
     *
     * @param origin       the {@code Origin} header, may be {@code null}
     * @param referer      the {@code Referer} header, may be {@code null}
     * @param secFetchSite the {@code Sec-Fetch-Site} header, may be {@code null}
     * @return whether the request comes from a page of this site
     */
    public boolean isFromSite(String origin, String referer, String secFetchSite) {
        if (secFetchSite != null && "cross-site".equalsIgnoreCase(secFetchSite.strip())) {
            return false;
        }
        if (origin != null) {
            return contains(Origin.parse(origin.strip()));
        }
        if (referer != null) {
            return contains(Origin.ofUrl(referer.strip()));
        }
        return true;
    }

    /**
     * {@link #isFromSite(String, String, String)} with the request's headers.
     *
     * @param request a request, typically a {@code POST}
     * @return whether it comes from a page of this site
     */
    public boolean isFromSite(HttpServletRequest request) {
        return isFromSite(request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Sec-Fetch-Site"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SiteOrigin && Objects.equals(((SiteOrigin)other).primary, primary)
            && ((SiteOrigin)other).origins.equals(origins);
    }

    @Override
    public int hashCode() {
        return Objects.hash(primary, origins);
    }

    /** @return e.g. {@code http://127.0.0.1:8080 [http://127.0.0.1:8080, http://localhost:8080]} */
    @Override
    public String toString() {
        return primary + " " + origins;
    }
}
