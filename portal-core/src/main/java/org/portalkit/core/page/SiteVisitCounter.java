package org.portalkit.core.page;

import org.portalkit.core.text.AsciiNumbers;
import java.io.IOException;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.JspWriter;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.portalkit.core.Messages;
import org.portalkit.core.counter.CounterService;
import org.portalkit.core.counter.SiteVisits;

/**
 * The site's visitor counter in pages: the element {@value #ELEMENT_PATH} ("LƯỢT TRUY CẬP 69.534", today, online
 * now) and its beacon {@value #BEACON_PATH}, on portal-core's {@link SiteVisits}.
 *
 * <p>The element's HTML may be cached: the numbers it renders are those of the moment it was rendered, and the page
 * script ({@link PageScript}) posts to the beacon from every page view and writes the answer
 * {@code {"total":n,"today":n,"online":n}} into the element. The start value of a migrated site is the site folder's
 * property {@value #START_PROPERTY} (e.g. {@code 69533}), imported once into the total counter
 * ({@link SiteVisits#applyStartValue}).
 *
 * <p>Numbers are written with the grouping of the page's locale: {@code 69.534} in Vietnamese, {@code 69,534} in
 * English ({@link #format(long, Locale)}).
 */
public final class SiteVisitCounter {

    /** The beacon JSP. */
    public static final String BEACON_PATH = "/system/modules/org.portalkit.core/elements/visits.jsp";

    /** The element JSP. */
    public static final String ELEMENT_PATH = "/system/modules/org.portalkit.core/elements/visit-counter.jsp";

    /** Site folder property with the start value of the total (a migrated site's count), digits only. */
    public static final String START_PROPERTY = "pk.visits.start";

    private static final Log LOG = CmsLog.getLog(SiteVisitCounter.class);

    private final Locale locale;
    private final String beacon;
    private final String script;
    private final SiteVisits.Numbers numbers;

    private SiteVisitCounter(Locale locale, String beacon, String script, SiteVisits.Numbers numbers) {
        this.locale = locale;
        this.beacon = beacon;
        this.script = script;
        this.numbers = numbers;
    }

    /**
     * The element's view (numbers as they are now; 0 when the counters cannot be read, the page still renders).
     *
     * @param page the element JSP's page context
     * @return the view
     */
    public static SiteVisitCounter of(PageContext page) {
        PageRequest request = PageRequest.of(page);
        CmsObject cms = request.cms();
        String siteId = SiteVisits.siteId(request.siteRoot());
        SiteVisits.Numbers numbers;
        try {
            SiteVisits visits = CounterService.siteVisits();
            applyStart(cms, visits, siteId);
            numbers = visits.read(siteId);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the visitor counter of " + request.siteRoot(), e);
            numbers = new SiteVisits.Numbers(0, 0, 0);
        }
        return new SiteVisitCounter(request.locale(), OpenCms.getLinkManager().substituteLink(cms, BEACON_PATH),
            PageScript.link(cms), numbers);
    }

    /**
     * Answers the beacon: a {@code POST} from a page of the site counts the visit (the rules of {@link SiteVisits});
     * every request gets {@code {"total":n,"today":n,"online":n}} as {@code application/json} with
     * {@code Cache-Control: no-store}; 503 with {@code null} numbers when the counters fail.
     *
     * @param page the beacon JSP's page context
     * @throws IOException from the writer
     */
    public static void beacon(PageContext page) throws IOException {
        PageRequest request = PageRequest.of(page);
        HttpServletResponse response = request.response();
        response.setHeader("Cache-Control", "no-store");
        request.contentType("application/json; charset=UTF-8");
        JspWriter out = page.getOut();
        out.clearBuffer();
        String siteId = SiteVisits.siteId(request.siteRoot());
        SiteVisits.Numbers numbers;
        try {
            SiteVisits visits = CounterService.siteVisits();
            applyStart(request.cms(), visits, siteId);
            numbers = visits.record(request.request(), response, siteId, request.site());
        } catch (RuntimeException e) {
            LOG.error("The visit of " + request.siteRoot() + " cannot be counted", e);
            request.status(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            out.write(ScriptSafeJson.write(json -> {
                json.writeStartObject();
                json.writeNullField("total");
                json.writeNullField("today");
                json.writeNullField("online");
                json.writeEndObject();
            }));
            return;
        }
        out.write(json(numbers));
    }

    /** @return the beacon's answer for these numbers */
    static String json(SiteVisits.Numbers numbers) {
        return ScriptSafeJson.write(json -> {
            json.writeStartObject();
            json.writeNumberField("total", numbers.total());
            json.writeNumberField("today", numbers.today());
            json.writeNumberField("online", numbers.online());
            json.writeEndObject();
        });
    }

    private static void applyStart(CmsObject cms, SiteVisits visits, String siteId) {
        String value;
        try {
            value = cms.readPropertyObject("/", START_PROPERTY, false).getValue();
        } catch (CmsException e) {
            return;
        }
        long start = startValue(value);
        if (start < 0 && value != null && !value.isBlank()) {
            LOG.warn("Ignoring the site property " + START_PROPERTY + "=" + value + " of "
                + cms.getRequestContext().getSiteRoot() + ": not a whole number from 0 to " + Integer.MAX_VALUE);
        }
        visits.applyStartValue(siteId, start);
    }

    /**
     * @param value the property's value, may be {@code null}
     * @return the start value: 1 to 10 ASCII digits (blanks around them allowed) up to {@link Integer#MAX_VALUE}; -1
     *         for anything else
     */
    static long startValue(String value) {
        long start = AsciiNumbers.parse(value == null ? null : value.strip(), 10);
        return start > Integer.MAX_VALUE ? -1 : start;
    }

    /**
     * @param number a count
     * @param locale the page's locale
     * @return the number with the locale's digit grouping: {@code 69.534} in Vietnamese, {@code 69,534} in English
     */
    public static String format(long number, Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(true);
        return format.format(number);
    }

    /**
     * @param locale the page's locale
     * @return its grouping separator, for the page script ({@code .} in Vietnamese, {@code ,} in English)
     */
    public static String groupingSeparator(Locale locale) {
        return String.valueOf(DecimalFormatSymbols.getInstance(locale).getGroupingSeparator());
    }

    /** @return the beacon's link */
    public String getBeacon() {
        return beacon;
    }

    /** @return the page script's link */
    public String getScript() {
        return script;
    }

    /** @return the grouping separator of the page's locale */
    public String getGrouping() {
        return groupingSeparator(locale);
    }

    /** @return the heading, "LƯỢT TRUY CẬP" / "VISITS" */
    public String getTitle() {
        return Messages.get("visits.title", locale);
    }

    /** @return the label of today's visits */
    public String getTodayLabel() {
        return Messages.get("visits.today", locale);
    }

    /** @return the label of the visitors online now */
    public String getOnlineLabel() {
        return Messages.get("visits.online", locale);
    }

    /** @return the total, formatted */
    public String getTotal() {
        return format(numbers.total(), locale);
    }

    /** @return today's visits, formatted */
    public String getToday() {
        return format(numbers.today(), locale);
    }

    /** @return the visitors online now, formatted */
    public String getOnline() {
        return format(numbers.online(), locale);
    }
}
