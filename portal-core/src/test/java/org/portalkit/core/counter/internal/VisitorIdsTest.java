package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class VisitorIdsTest {

    private final VisitorIds ids = new VisitorIds();

    @Test
    void aValidCookieIdentifiesTheVisitor() {
        HttpServletRequest request = request("10.0.0.1", "Firefox", new Cookie("pkvid", "AAAAAAAAAAAAAAAAAAAAAA"));
        HttpServletResponse response = mock(HttpServletResponse.class);
        VisitorIds.Visitor visitor = ids.identify(request, response);
        assertEquals("c:AAAAAAAAAAAAAAAAAAAAAA", visitor.key());
        assertNull(visitor.newId());
        verify(response, never()).addHeader(anyString(), anyString());
    }

    @Test
    void withoutACookieANewOneIsSetAndAddressAndAgentIdentify() {
        HttpServletRequest request = request("10.0.0.1", "Firefox", new Cookie("other", "x"),
            new Cookie("pkvid", "<script>"));
        HttpServletResponse response = mock(HttpServletResponse.class);
        VisitorIds.Visitor visitor = ids.identify(request, response);
        assertTrue(visitor.key().startsWith("a:"), visitor.key());
        assertEquals(visitor.key(), ids.identify(request, mock(HttpServletResponse.class)).key());
        assertNotEquals(visitor.key(), ids.identify(request("10.0.0.2", "Firefox"), mock(HttpServletResponse.class)).key());
        assertNotEquals(visitor.key(), ids.identify(request("10.0.0.1", "Chrome"), mock(HttpServletResponse.class)).key());
        assertTrue(visitor.newId().matches("[A-Za-z0-9_-]{22}"), visitor.newId());
        assertEquals("c:" + visitor.newId(), visitor.newKey());
        ArgumentCaptor<String> header = ArgumentCaptor.forClass(String.class);
        verify(response).addHeader(org.mockito.ArgumentMatchers.eq("Set-Cookie"), header.capture());
        assertEquals("pkvid=" + visitor.newId() + "; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax",
            header.getValue());
    }

    @Test
    void theCookieIsSecureOnHttps() {
        HttpServletRequest request = request("10.0.0.1", "Firefox");
        when(request.isSecure()).thenReturn(true);
        HttpServletResponse response = mock(HttpServletResponse.class);
        ids.identify(request, response);
        ArgumentCaptor<String> header = ArgumentCaptor.forClass(String.class);
        verify(response).addHeader(org.mockito.ArgumentMatchers.eq("Set-Cookie"), header.capture());
        assertTrue(header.getValue().endsWith("; SameSite=Lax; Secure"), header.getValue());
    }

    @Test
    void newIdsAreRandom() {
        assertNotEquals(ids.newId(), ids.newId());
    }

    static HttpServletRequest request(String address, String agent, Cookie... cookies) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRemoteAddr()).thenReturn(address);
        when(request.getHeader("User-Agent")).thenReturn(agent);
        when(request.getCookies()).thenReturn(cookies.length == 0 ? null : cookies);
        return request;
    }
}
