package org.portalkit.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsFile;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.content.CmsXmlContentFactory;
import org.opencms.xml.types.I_CmsXmlContentValue;
import org.portalkit.core.html.HtmlSanitizer;
import org.portalkit.core.page.ContentLocale;
import org.portalkit.core.page.ContentValues;
import org.portalkit.core.page.PageRequest;

/**
 * What a pk-page ({@code elements/page.jsp}) shows: its title, its intro (editor HTML, sanitised) and its elements.
 * An element is a JSP of an installed module, {@code /system/modules/<module>/elements/<name>.jsp}, optionally with
 * parameters ({@code ?a=1&b=2}); any other value is left out (and logged), so a page never includes a JSP outside the
 * modules' element folders.
 */
public final class PageElements {

    private static final Log LOG = CmsLog.getLog(PageElements.class);

    private static final Pattern ELEMENT = Pattern.compile("/system/modules/[A-Za-z0-9._-]+/elements/[A-Za-z0-9_-]+\\.jsp");

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");

    /** At most this many elements and parameters per element are used. */
    static final int MAX_ELEMENTS = 10;
    static final int MAX_PARAMETERS = 12;

    private final String lang;
    private final String title;
    private final String siteName;
    private final String introHtml;
    private final List<Element> elements;

    private PageElements(String lang, String title, String siteName, String introHtml, List<Element> elements) {
        this.lang = lang;
        this.title = title;
        this.siteName = siteName;
        this.introHtml = introHtml;
        this.elements = elements;
    }

    /** One element: the JSP and its parameters. */
    public static final class Element {

        private final String path;
        private final Map<String, String> parameters;

        Element(String path, Map<String, String> parameters) {
            this.path = path;
            this.parameters = parameters;
        }

        /** @return the element JSP's VFS path */
        public String getPath() {
            return path;
        }

        /** @return the parameters, in order */
        public Map<String, String> getParameters() {
            return parameters;
        }
    }

    /**
     * @param page the page JSP's context
     * @return the requested pk-page's view; without a readable page an empty one
     */
    public static PageElements of(PageContext page) {
        PageRequest request = PageRequest.of(page);
        CmsObject cms = request.cms();
        Locale wanted = request.locale();
        String siteName = request.siteTitle();
        try {
            CmsResource resource = cms.readResource(cms.getRequestContext().getUri());
            CmsFile file = cms.readFile(resource);
            CmsXmlContent xml = CmsXmlContentFactory.unmarshal(cms, file);
            Locale locale = ContentLocale.choose(xml, wanted);
            String title = ContentValues.text(cms, xml, "Title", locale);
            String intro = ContentValues.text(cms, xml, "Intro", locale);
            List<Element> elements = new ArrayList<>();
            for (I_CmsXmlContentValue value : xml.getValues("Element", locale)) {
                Element element = element(value.getStringValue(cms));
                if (element == null) {
                    LOG.warn("Element " + value.getStringValue(cms) + " of " + resource.getRootPath() + " left out");
                } else if (elements.size() < MAX_ELEMENTS) {
                    elements.add(element);
                }
            }
            return new PageElements(wanted.toLanguageTag(), title, siteName,
                intro.isEmpty() ? "" : HtmlSanitizer.sanitize(intro), elements);
        } catch (CmsException e) {
            LOG.warn("Page " + cms.getRequestContext().getUri() + " not readable", e);
            return new PageElements(wanted.toLanguageTag(), siteName, siteName, "", List.of());
        }
    }

    /**
     * @param value an Element value, e.g. {@code /system/modules/x/elements/list.jsp?path=/a/&n=3}
     * @return the element, or {@code null} when the path is no module element JSP
     */
    static Element element(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        int query = text.indexOf('?');
        String path = query < 0 ? text : text.substring(0, query);
        if (!ELEMENT.matcher(path).matches() || path.contains("..")) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : text.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                if (PARAMETER_NAME.matcher(name).matches() && parameters.size() < MAX_PARAMETERS) {
                    parameters.putIfAbsent(name, equals < 0 ? "" : pair.substring(equals + 1));
                }
            }
        }
        return new Element(path, parameters);
    }

    /** @return the page's language tag */
    public String getLang() {
        return lang;
    }

    /** @return the page's title */
    public String getTitle() {
        return title;
    }

    /** @return "title – site name" */
    public String getDocumentTitle() {
        return siteName.isEmpty() || siteName.equals(title) ? title : title + " – " + siteName;
    }

    /** @return the intro as sanitised HTML; empty without one */
    public String getIntroHtml() {
        return introHtml;
    }

    /** @return the elements to include */
    public List<Element> getElements() {
        return elements;
    }
}
