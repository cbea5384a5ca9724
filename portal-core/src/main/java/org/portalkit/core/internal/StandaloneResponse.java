package org.portalkit.core.internal;

import java.io.IOException;
import java.io.Writer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.PageContext;

import org.opencms.flex.CmsFlexController;
import org.opencms.jsp.CmsJspActionElement;

/**
 * The answer of a JSP that is its own URL (a feed, a sitemap, robots.txt): OpenCms derives the content type from the
 * resource name and answers 200 unless told otherwise, so both are handed to OpenCms' top response here.
 */
public final class StandaloneResponse {

    private final PageContext m_page;

    private final HttpServletRequest m_request;

    private final HttpServletResponse m_response;

    private StandaloneResponse(PageContext page) {
        m_page = page;
        m_request = (HttpServletRequest)page.getRequest();
        m_response = (HttpServletResponse)page.getResponse();
    }

    /** @return the response of the JSP's request */
    public static StandaloneResponse of(PageContext page) {
        return new StandaloneResponse(page);
    }

    /** @return the request */
    public HttpServletRequest request() {
        return m_request;
    }

    /** Sets the content type on the response OpenCms sends. */
    public void contentType(String type) {
        CmsFlexController controller = CmsFlexController.getController(m_request);
        if (controller == null) {
            m_response.setContentType(type);
        } else {
            controller.getTopResponse().setContentType(type);
        }
    }

    /** Sets the status OpenCms answers with. */
    public void status(int code) {
        new CmsJspActionElement(m_page, m_request, m_response).setStatus(code);
        CmsFlexController controller = CmsFlexController.getController(m_request);
        if (controller != null) {
            controller.getTopResponse().setStatus(code);
        }
    }

    /** Sets a header on the response OpenCms sends. */
    public void header(String name, String value) {
        CmsFlexController controller = CmsFlexController.getController(m_request);
        (controller == null ? m_response : controller.getTopResponse()).setHeader(name, value);
    }

    /** @return the JSP's writer, with nothing written before cleared */
    public Writer writer() throws IOException {
        m_page.getOut().clearBuffer();
        return m_page.getOut();
    }

    /** Answers with a status and a short plain text (a message of our bundles, never a request value). */
    public void plain(int code, String text) throws IOException {
        status(code);
        contentType("text/plain; charset=UTF-8");
        Writer out = writer();
        out.write(text == null ? "" : text);
    }
}
