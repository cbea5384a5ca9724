package org.portalkit.news.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.ServletRequest;

import org.opencms.flex.CmsFlexController;

/**
 * Where the parameters of a news JSP come from.
 *
 * <p>A JSP that answers the request itself (a feed, an element requested by its own URL, the template of the
 * requested page) has no page around it: the request's parameters are its settings, and a bad one is the caller's
 * mistake (400).
 *
 * <p>An element included into a page (e.g. the latest news on the landing page, included by the template with
 * {@code <cms:param>}) takes its <em>settings</em> only from the page: the parameters the including templates and
 * pages passed. OpenCms merges those include parameters with the visitor's query string (an include parameter's
 * values come first, the visitor's follow), so a plain {@code getParameter("folder")} returns the visitor's
 * {@code ?folder=} whenever the page sets no folder. {@link #setting} therefore takes the merged values of the
 * element's request and removes the values of the request as the visitor sent it (the request the Flex controller
 * was created for): what is left was set by the page. Only what a list exposes to visitors (its page number) is read
 * from the visitor's request, with {@link #visitor}.
 */
public final class ElementParams {

    private final boolean included;
    private final Map<String, String[]> merged;
    private final Map<String, String[]> sent;

    ElementParams(boolean included, Map<String, String[]> merged, Map<String, String[]> sent) {
        this.included = included;
        this.merged = merged == null ? Map.of() : merged;
        this.sent = sent == null ? Map.of() : sent;
    }

    /**
     * @param request the JSP's request
     * @return the parameters of the JSP that runs for this request
     */
    public static ElementParams of(ServletRequest request) {
        CmsFlexController controller = CmsFlexController.getController(request);
        if (!isIncluded(controller)) {
            return new ElementParams(false, request.getParameterMap(), request.getParameterMap());
        }
        return new ElementParams(true, controller.getCurrentRequest().getParameterMap(),
            controller.getTopRequest().getParameterMap());
    }

    /**
     * Whether the JSP runs as an element included into another one, rather than answering the request itself (as the
     * requested resource or as the template of the requested resource). OpenCms' own
     * {@code CmsFlexResponse.isTopElement()} cannot tell: an included response inherits the flag from the response it
     * is included into. The Flex controller knows the resource its loader started with (the requested JSP, or the
     * template JSP of requested content); the JSP that answers the request is that resource, an included element is
     * another one.
     *
     * @param request the JSP's request
     * @return whether the JSP is included
     */
    public static boolean isIncluded(ServletRequest request) {
        return isIncluded(CmsFlexController.getController(request));
    }

    private static boolean isIncluded(CmsFlexController controller) {
        if (controller == null || controller.getCmsResource() == null) {
            return false;
        }
        return !controller.getCmsResource().getRootPath().equals(controller.getCurrentRequest().getElementRootPath());
    }

    /** Whether the JSP is included into a page (see {@link #isIncluded(ServletRequest)}). */
    public boolean isIncluded() {
        return included;
    }

    /**
     * A setting of the element: included into a page, the value that page passed (never one the visitor sent);
     * requested directly, the request's parameter.
     *
     * @param name the parameter name
     * @return the first value, or {@code null}
     */
    public String setting(String name) {
        String[] values = merged.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (!included) {
            return values[0];
        }
        List<String> pageValues = pageValues(values, sent.get(name));
        return pageValues.isEmpty() ? null : pageValues.get(0);
    }

    /**
     * A parameter that the visitor sets, such as a list's page number: the value of the request as the visitor sent
     * it.
     *
     * @param name the parameter name
     * @return the first value, or {@code null}
     */
    public String visitor(String name) {
        String[] values = sent.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /**
     * @param merged  the values of the element's request: include parameters and the visitor's
     * @param visitor the values the visitor sent, may be {@code null}
     * @return the values of {@code merged} that the visitor did not send (each visitor value accounts for one equal
     *         value), in their order
     */
    static List<String> pageValues(String[] merged, String[] visitor) {
        Map<String, Integer> left = new HashMap<>();
        if (visitor != null) {
            for (String value : visitor) {
                left.merge(value, 1, Integer::sum);
            }
        }
        List<String> result = new ArrayList<>();
        for (String value : merged) {
            Integer count = left.get(value);
            if (count == null) {
                result.add(value);
            } else if (count == 1) {
                left.remove(value);
            } else {
                left.put(value, count - 1);
            }
        }
        return result;
    }
}
