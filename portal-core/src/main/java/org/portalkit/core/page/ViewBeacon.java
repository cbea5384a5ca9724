package org.portalkit.core.page;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.JspWriter;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsLog;
import org.portalkit.core.counter.CounterService;
import org.portalkit.core.counter.ViewTracker;

/**
 * The answer of a content type's view beacon ({@code POST …/view-beacon.jsp?id=<structure id>} from the item's
 * page): counts the view with portal-core's {@link ViewTracker} (same-site {@code POST}s only, no bots, once per
 * reader and half hour, rate limits) and answers {@code {"views":n}} as {@code application/json} with
 * {@code Cache-Control: no-store}. The calling module resolves the id to a readable resource of its own type in the
 * site, so nobody can fill the counter table with made-up keys; without one the answer is 404
 * {@code {"error":"…"}}; when the counters fail, 503 {@code {"views":null}} (no stack trace).
 */
public final class ViewBeacon {

    private static final Log LOG = CmsLog.getLog(ViewBeacon.class);

    private ViewBeacon() {
    }

    /**
     * @param request   the beacon JSP's request
     * @param out       the JSP's writer
     * @param resource  the item whose view is counted, {@code null} when the id named none
     * @param keyPrefix counter key prefix; the key is the prefix and the structure id
     * @param notFound  the message of the 404 answer, in the request's language
     * @throws IOException from the writer
     */
    public static void answer(PageRequest request, JspWriter out, CmsResource resource, String keyPrefix,
        String notFound) throws IOException {
        HttpServletResponse res = request.response();
        res.setHeader("Cache-Control", "no-store");
        request.contentType("application/json; charset=UTF-8");
        out.clearBuffer();
        if (resource == null) {
            request.status(HttpServletResponse.SC_NOT_FOUND);
            out.write(ScriptSafeJson.write(json -> {
                json.writeStartObject();
                json.writeStringField("error", notFound);
                json.writeEndObject();
            }));
            return;
        }
        long views;
        try {
            views = CounterService.viewTracker().record(request.request(), res, keyPrefix + resource.getStructureId(),
                request.site());
        } catch (RuntimeException e) {
            LOG.error("The view of " + resource.getRootPath() + " cannot be counted", e);
            request.status(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            out.write(ScriptSafeJson.write(json -> {
                json.writeStartObject();
                json.writeNullField("views");
                json.writeEndObject();
            }));
            return;
        }
        out.write(ScriptSafeJson.write(json -> {
            json.writeStartObject();
            json.writeNumberField("views", views);
            json.writeEndObject();
        }));
    }

    /**
     * @param key a counter key
     * @return its current value; 0 when the counters cannot be read (the page still renders)
     */
    public static long views(String key) {
        try {
            return CounterService.get().value(key);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the counter " + key, e);
            return 0;
        }
    }
}
