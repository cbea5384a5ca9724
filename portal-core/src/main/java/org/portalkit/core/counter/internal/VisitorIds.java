package org.portalkit.core.counter.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Identifies a visitor for view counting by a random id in the cookie {@value #COOKIE_NAME} (128 random bits,
 * 22 characters base64url; {@code HttpOnly}, {@code SameSite=Lax}, {@code Path=/}, one year, {@code Secure} on HTTPS).
 *
 * <p>A request without a valid cookie gets a new id in a {@code Set-Cookie} header. As it is not yet known whether the
 * client keeps cookies, such a request is identified by a hash of its remote address and user agent instead
 * ({@link Visitor#key()}); the new id is returned separately ({@link Visitor#newId()}) so that the caller can record
 * the view for both, and the client's next request (with the cookie) is recognised either way. The cookie holds no
 * personal data and is not readable by scripts.
 */
public final class VisitorIds {

    /** Name of the visitor id cookie. */
    public static final String COOKIE_NAME = "pkvid";

    /** One year. */
    static final int MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    /**
     * A visitor.
     *
     * @param key   how to recognise the visitor now: {@code c:<cookie id>} or {@code a:<hash of address and agent>}
     * @param newId the id just given in a new cookie, or {@code null} if the request had a valid one
     */
    public record Visitor(String key, String newId) {

        /** @return the key the visitor will have once the new cookie comes back, or {@code null} */
        public String newKey() {
            return newId == null ? null : cookieKey(newId);
        }
    }

    /**
     * Reads the visitor id cookie and sets a new one if there is none.
     *
     * @param request  the request
     * @param response the response, gets a {@code Set-Cookie} header if needed (and not committed yet)
     * @return the visitor
     */
    public Visitor identify(HttpServletRequest request, HttpServletResponse response) {
        String id = cookieValue(request);
        if (id != null) {
            return new Visitor(cookieKey(id), null);
        }
        String newId = newId();
        if (!response.isCommitted()) {
            response.addHeader("Set-Cookie", COOKIE_NAME + "=" + newId + "; Max-Age=" + MAX_AGE_SECONDS
                + "; Path=/; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
        }
        return new Visitor(addressKey(request), newId);
    }

    /** @return a new random id */
    String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    private static String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE_NAME.equals(cookie.getName()) && cookie.getValue() != null
                && VALID_ID.matcher(cookie.getValue()).matches()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    static String cookieKey(String id) {
        return "c:" + id;
    }

    /** {@code a:} and the first 128 bits of SHA-256(remote address, user agent), base64url. */
    static String addressKey(HttpServletRequest request) {
        String address = String.valueOf(request.getRemoteAddr());
        String agent = String.valueOf(request.getHeader("User-Agent"));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(address.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(agent.getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha256.digest();
            return "a:" + BASE64URL.encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
