<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.news.NewsPages"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkc" tagdir="/WEB-INF/tags/portalkit-core"
%><%--
  The whole page of a news article requested directly (property template-elements of pk-news, set by the resource
  type). Head: title, description, canonical URL, Open Graph and Twitter tags, schema.org JSON-LD. Body: the detail
  formatter, so that the page and container pages show the same article markup.
--%><c:set var="news" value="<%= NewsPages.page(pageContext) %>"
/><pkc:frame part="head" lang="${news.lang}"/>
<title><c:out value="${news.found ? news.article.title : news.text['news.notFound']}"/><c:if test="${not empty news.siteName}"> - <c:out value="${news.siteName}"/></c:if></title>
<c:if test="${news.found}"><c:if test="${not empty news.description}"><meta name="description" content="${fn:escapeXml(news.description)}">
</c:if><c:if test="${not empty news.canonicalUrl}"><link rel="canonical" href="${fn:escapeXml(news.canonicalUrl)}">
</c:if><c:forEach var="tag" items="${news.metaTags}"><meta ${fn:escapeXml(tag.attribute)}="${fn:escapeXml(tag.key)}" content="${fn:escapeXml(tag.content)}">
</c:forEach><script type="application/ld+json">${news.jsonLd}</script>
</c:if><c:forEach var="feed" items="<%= NewsPages.pageFeeds(pageContext) %>"><link rel="alternate" type="${fn:escapeXml(feed.type)}" title="${fn:escapeXml(feed.title)}" href="${fn:escapeXml(feed.href)}">
</c:forEach><link rel="stylesheet" href="${fn:escapeXml(news.cssUrl)}">
<pkc:frame part="top" bodyClass="pk-news-page" title="${news.found ? news.article.title : news.text['news.notFound']}"/>
<cms:include file="/system/modules/org.portalkit.news/formatters/news-detail.jsp"/>
<pkc:frame part="bottom"/>
