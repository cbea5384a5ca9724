package org.portalkit.notices;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.JspWriter;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsFile;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.portalkit.core.html.Encode;
import org.portalkit.core.list.ElementList;
import org.portalkit.core.list.ListItem;
import org.portalkit.core.page.BackLink;
import org.portalkit.core.page.PageRequest;
import org.portalkit.core.page.PageScript;
import org.portalkit.core.page.ViewBeacon;
import org.portalkit.core.text.AsciiNumbers;
import org.portalkit.core.text.DisplayDates;

/**
 * The entry points of the module's JSPs: each JSP calls one method and writes what it returns.
 *
 * <table>
 * <caption>JSPs and their methods</caption>
 * <tr><th>JSP</th><th>method</th></tr>
 * <tr><td>formatters/notice-detail.jsp</td><td>{@link #detail(PageContext)}</td></tr>
 * <tr><td>elements/notice-page.jsp</td><td>{@link #page(PageContext)}</td></tr>
 * <tr><td>elements/print.jsp?id=</td><td>{@link #print(PageContext)}</td></tr>
 * <tr><td>elements/notice-box.jsp?n=&amp;folder=&amp;category=&amp;more=</td><td>{@link #box(PageContext)}</td></tr>
 * <tr><td>elements/view-beacon.jsp?id=</td><td>{@link #beacon(PageContext)}</td></tr>
 * <tr><td>elements/download.jsp?id=&amp;n=</td><td>{@link #download(PageContext)}</td></tr>
 * </table>
 */
public final class NoticePages {

    /** The module's VFS folder. */
    public static final String MODULE_FOLDER = "/system/modules/" + NoticeSettings.MODULE + "/";

    /** Default number of entries of the THÔNG BÁO box. */
    public static final int BOX_DEFAULT = 5;

    /** Request attribute: the view of the notice being rendered, shared by the page and its formatter. */
    public static final String ATTR_DETAIL = "org.portalkit.notices.detail";

    /** Request attribute set by the page: its head has the JSON-LD already. */
    public static final String ATTR_PAGE = "org.portalkit.notices.page";

    /** Request attribute set by the print view: no actions, no beacon, no JSON-LD. */
    public static final String ATTR_PRINT = "org.portalkit.notices.print";

    /** How long browsers and proxies may keep a downloaded document (an expired notice's files go soon after). */
    static final Duration DOWNLOAD_MAX_AGE = Duration.ofMinutes(5);

    private static final Log LOG = CmsLog.getLog(NoticePages.class);

    private NoticePages() {
    }

    /**
     * For the detail formatter: the notice the including page prepared, else the current container element's, else
     * the requested resource.
     */
    public static NoticeView detail(PageContext page) {
        Object shared = page.getRequest().getAttribute(ATTR_DETAIL);
        if (shared instanceof NoticeView) {
            return (NoticeView)shared;
        }
        PageRequest request = PageRequest.of(page);
        return view(request, request.current(NoticeListMapping.TYPE));
    }

    /** For elements/notice-page.jsp: the notice requested directly; 404 when it is none. */
    public static NoticeView page(PageContext page) {
        PageRequest request = PageRequest.of(page);
        // OpenCms takes the response type from the resource name: notice-1.xml would be text/xml
        request.contentType("text/html; charset=UTF-8");
        NoticeView view = view(request, request.current(NoticeListMapping.TYPE));
        share(page, view, ATTR_PAGE);
        if (!view.isFound()) {
            request.status(HttpServletResponse.SC_NOT_FOUND);
        }
        return view;
    }

    /** The print view of the notice {@code id}: 400 for a malformed id, 404 when there is no readable notice. */
    public static NoticeView print(PageContext page) {
        PageRequest request = PageRequest.of(page);
        String id = PageRequest.structureId(request.request().getParameter("id"));
        if (id == null) {
            request.status(HttpServletResponse.SC_BAD_REQUEST);
            NoticeView view = NoticeView.notFound(request.locale());
            share(page, view, null);
            return view;
        }
        NoticeView view = view(request, request.byId(id, NoticeListMapping.TYPE));
        share(page, view, ATTR_PRINT);
        if (!view.isFound()) {
            request.status(HttpServletResponse.SC_NOT_FOUND);
        }
        return view;
    }

    /**
     * The THÔNG BÁO box: the latest notices of the site (settings {@code n}, default {@value #BOX_DEFAULT},
     * {@code folder}, {@code category}, {@code more} = the archive folder) through portal-core's list engine, pinned
     * notices first, then by issue date. Expired and unreleased notices are not in the index's answer.
     */
    public static NoticeBoxView box(PageContext page) {
        PageRequest request = PageRequest.of(page);
        Locale locale = request.locale();
        ZoneId zone = NoticeSettings.zone();
        ElementList list = ElementList.run(page, NoticeListMapping.MAPPING, BOX_DEFAULT, zone,
            builder -> builder.pinnedFirst(NoticeListMapping.PINNED_FIELD));
        String resources = module(request, "resources/");
        if (list.getErrorKey() != null) {
            return new NoticeBoxView(List.of(), locale, null,
                org.portalkit.core.Messages.get(list.getErrorKey(), locale), resources, null);
        }
        long now = System.currentTimeMillis();
        long newMillis = Duration.ofDays(NoticeSettings.newDays()).toMillis();
        List<NoticeItem> items = new ArrayList<>();
        for (ListItem item : list.getItems()) {
            long date = item.date() == null ? 0 : item.date().toEpochMilli();
            Notice notice = summary(request, item.id());
            boolean pinned = notice != null && notice.isPinned();
            String number = notice == null ? "" : notice.getNumber();
            long newUntil = newMillis == 0 || date == 0 ? 0 : date + newMillis;
            items.add(new NoticeItem(item.title(), item.link(), number, DisplayDates.date(date, zone),
                DisplayDates.isoDateTime(date, zone), pinned, newUntil, now));
        }
        return new NoticeBoxView(items, locale, list.getMoreLink(), null, resources,
            PageScript.link(request.cms()));
    }

    /**
     * The view beacon: counts a view of the notice {@code id} with portal-core's rules ({@link ViewBeacon}) and
     * answers {@code {"views":n}}; 404 for ids of no readable notice of the site.
     */
    public static void beacon(PageContext page) throws IOException {
        PageRequest request = PageRequest.of(page);
        ViewBeacon.answer(request, page.getOut(), request.byIdParameter("id", NoticeListMapping.TYPE),
            NoticeListMapping.VIEWS_KEY_PREFIX, Messages.get("notices.error.id", request.locale()));
    }

    /**
     * Sends document {@code n} (from 1) of the notice {@code id}: only files that a readable notice of the site links
     * to, never a path the visitor names. Content type from OpenCms' MIME types, {@code Content-Disposition:
     * attachment} with the file's name, {@code nosniff}; 404 (plain text) when the notice, the document or its file
     * is not there or not readable now, 400 for malformed parameters.
     */
    public static void download(PageContext page) throws IOException {
        PageRequest request = PageRequest.of(page);
        HttpServletResponse res = request.response();
        Locale locale = request.locale();
        String id = PageRequest.structureId(request.request().getParameter("id"));
        int index = documentNumber(request.request().getParameter("n"));
        if (id == null || index < 1) {
            plain(request, page.getOut(), HttpServletResponse.SC_BAD_REQUEST, Messages.get("notices.error.id", locale));
            return;
        }
        CmsFile file = null;
        CmsResource notice = request.byId(id, NoticeListMapping.TYPE);
        try {
            CmsResource document = notice == null ? null
                : NoticeReader.document(request.cms(), notice, locale, request.request(), index);
            file = document == null ? null : request.cms().readFile(document);
        } catch (CmsException e) {
            LOG.debug("Document " + index + " of " + id + " not sent", e);
        }
        if (file == null) {
            plain(request, page.getOut(), HttpServletResponse.SC_NOT_FOUND,
                Messages.get("notices.error.document", locale));
            return;
        }
        byte[] bytes = file.getContents();
        page.getOut().clearBuffer();
        request.contentType(OpenCms.getResourceManager().getMimeType(file.getName(), null, "application/octet-stream"));
        res.setHeader("Content-Disposition", contentDisposition(file.getName()));
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Cache-Control", "public, max-age=" + DOWNLOAD_MAX_AGE.toSeconds());
        res.setContentLength(bytes.length);
        OutputStream out = res.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /**
     * @param name a file name
     * @return {@code attachment; filename="<ASCII form>"; filename*=UTF-8''<percent-encoded>} (RFC 6266); quotes,
     *         backslashes and control characters never reach the header
     */
    static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** @return the document number 1…20, or -1 when the value is none */
    static int documentNumber(String raw) {
        long n = AsciiNumbers.parse(raw == null || raw.length() > 8 ? null : raw.strip(), 2);
        return n >= 1 && n <= NoticeReader.MAX_DOCUMENTS ? (int)n : -1;
    }

    private static NoticeView view(PageRequest request, CmsResource resource) {
        if (resource == null) {
            return NoticeView.notFound(request.locale());
        }
        Notice notice;
        try {
            notice = NoticeReader.read(request.cms(), resource, request.locale(), request.request());
        } catch (CmsException e) {
            LOG.error("Cannot read the notice " + resource.getRootPath(), e);
            return NoticeView.notFound(request.locale());
        }
        if (notice == null) {
            return NoticeView.notFound(request.locale());
        }
        String id = Encode.url(notice.getId());
        NoticeView.Urls urls = new NoticeView.Urls(request.origin(),
            BackLink.resolve(request.request(), request.site(), request.home()),
            module(request, "elements/print.jsp") + "?id=" + id, module(request, "elements/view-beacon.jsp") + "?id=" + id,
            module(request, "resources/"), module(request, "elements/download.jsp") + "?id=" + id,
            PageScript.link(request.cms()));
        return new NoticeView(notice, NoticeSettings.zone(),
            ViewBeacon.views(NoticeListMapping.VIEWS_KEY_PREFIX + notice.getId()), urls, request.siteTitle(),
            System.currentTimeMillis());
    }

    private static Notice summary(PageRequest request, String id) {
        CmsResource resource = request.byId(id, NoticeListMapping.TYPE);
        if (resource == null) {
            return null;
        }
        try {
            return NoticeReader.summary(request.cms(), resource, request.locale(), request.request());
        } catch (CmsException e) {
            LOG.debug("Cannot read the notice " + resource.getRootPath(), e);
            return null;
        }
    }

    private static void share(PageContext page, NoticeView view, String flag) {
        page.getRequest().setAttribute(ATTR_DETAIL, view);
        if (flag != null) {
            page.getRequest().setAttribute(flag, Boolean.TRUE);
        }
    }

    private static String module(PageRequest request, String path) {
        return OpenCms.getLinkManager().substituteLink(request.cms(), MODULE_FOLDER + path);
    }

    private static void plain(PageRequest request, JspWriter out, int status, String text) throws IOException {
        request.status(status);
        request.contentType("text/plain; charset=UTF-8");
        request.response().setHeader("Cache-Control", "no-store");
        out.clearBuffer();
        out.write(text);
    }
}
