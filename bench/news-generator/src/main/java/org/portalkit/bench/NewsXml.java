package org.portalkit.bench;

import java.nio.charset.StandardCharsets;

/** The XML of a pk-news article as {@code news.xsd} defines it (element order of the schema). */
final class NewsXml {

    private NewsXml() {
    }

    /**
     * @param article the article
     * @param siteRoot the site root, e.g. {@code /sites/default}
     * @return the UTF-8 bytes of the XML content (locale vi)
     */
    static byte[] of(VietnameseNews.Article article, String siteRoot) {
        StringBuilder xml = new StringBuilder(2048);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<PkNewsArticles xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
            .append("xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.news/schemas/news.xsd\">\n")
            .append("<PkNews language=\"vi\">\n");
        element(xml, "Title", article.title());
        element(xml, "Section", article.section());
        element(xml, "Lead", article.lead());
        xml.append("<Body><Text name=\"Text0\"><links/><content>").append(cdata(article.body()))
            .append("</content></Text></Body>\n");
        element(xml, "Byline", article.byline());
        element(xml, "Poster", "SLĐTBXH Kon Tum");
        element(xml, "PublishDate", Long.toString(article.date()));
        xml.append("<Categories>");
        for (String category : article.categories()) {
            xml.append("<link type=\"WEAK\"><target>").append(cdata(siteRoot + "/.categories/" + category + "/"))
                .append("</target></link>");
        }
        xml.append("</Categories>\n");
        element(xml, "Featured", "false");
        xml.append("<Availability><Release>").append(cdata(Long.toString(article.date())))
            .append("</Release></Availability>\n");
        xml.append("</PkNews>\n</PkNewsArticles>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<').append(name).append('>').append(cdata(text)).append("</").append(name).append(">\n");
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
