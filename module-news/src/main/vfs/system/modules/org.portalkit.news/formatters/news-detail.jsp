<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.news.NewsPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkn" tagdir="/WEB-INF/tags/portalkit-news"
%><%--
  News article, detail view. Formatter of pk-news (formatters/detail.xml); elements/news-page.jsp and
  elements/print.jsp include it. Every value is encoded here (c:out, fn:escapeXml) except the body HTML (sanitized by
  NewsDetailView), the footer line (built with encoding by NewsFormat) and the JSON-LD (JSON-encoded by NewsJsonLd).
--%><c:set var="news" value="<%= NewsPages.detail(pageContext) %>"
/><c:set var="print" value="${not empty requestScope['org.portalkit.news.print']}"
/><c:choose><c:when test="${news.found}"><c:set var="a" value="${news.article}"/>
<article class="pk-news pk-news--detail" lang="${fn:escapeXml(news.lang)}"<c:if test="${not print}"> data-pk-beacon="${fn:escapeXml(news.beaconUrl)}"</c:if>>
<c:if test="${not empty news.sectionHeading}"><p class="pk-news__section"><c:out value="${news.sectionHeading}"/></p>
</c:if><h1 class="pk-news__title"><c:out value="${a.title}"/></h1>
<c:if test="${not empty a.lead}"><p class="pk-news__lead"><c:out value="${a.lead}"/></p>
</c:if><div class="pk-news__body">
<c:forEach var="section" items="${news.sections}"><c:if test="${not empty section.html}"><div class="pk-news__text">${section.html}</div>
</c:if><c:if test="${not empty section.image}"><figure class="pk-news__figure"><img class="pk-news__image" src="${fn:escapeXml(section.image.src)}" alt="${fn:escapeXml(section.image.alt)}" loading="lazy"><c:if test="${not empty section.image.caption}"><figcaption class="pk-news__caption"><c:out value="${section.image.caption}"/></figcaption></c:if></figure>
</c:if></c:forEach></div>
<c:if test="${not empty a.byline}"><p class="pk-news__byline"><c:out value="${a.byline}"/></p>
</c:if><c:if test="${not empty a.sourceName}"><p class="pk-news__source"><c:out value="${news.text['news.source']}"/> : <c:choose><c:when test="${not empty a.sourceUrl}"><a class="pk-news__source-link" href="${fn:escapeXml(a.sourceUrl)}" rel="nofollow noopener noreferrer"><c:out value="${a.sourceName}"/></a></c:when><c:otherwise><c:out value="${a.sourceName}"/></c:otherwise></c:choose></p>
</c:if><c:if test="${not empty a.attachments}"><section class="pk-news__attachments"><h2 class="pk-news__heading"><c:out value="${news.text['news.attachments']}"/></h2><ul class="pk-news__attachment-list"><c:forEach var="file" items="${a.attachments}"><li class="pk-news__attachment"><a class="pk-news__attachment-link" href="${fn:escapeXml(file.href)}"><c:out value="${file.text}"/></a></li></c:forEach></ul></section>
</c:if><p class="pk-news__footer">${news.footerHtml}</p>
<c:if test="${not print}"><p class="pk-news__actions"><a class="pk-news__back" href="${fn:escapeXml(news.backUrl)}"><c:out value="${news.text['news.back']}"/></a> <a class="pk-news__print" href="${fn:escapeXml(news.printUrl)}" target="_blank" rel="noopener"><c:out value="${news.text['news.print']}"/></a></p>
<c:if test="${not empty news.related}"><section class="pk-news__related"><h2 class="pk-news__heading"><c:out value="${news.text['news.related']}"/></h2><ul class="pk-news__items"><c:forEach var="item" items="${news.related}"><pkn:item item="${item}"/></c:forEach></ul></section>
</c:if><c:if test="${empty requestScope['org.portalkit.news.page']}"><script type="application/ld+json">${news.jsonLd}</script>
</c:if></c:if></article>
<c:if test="${not print}"><script src="${fn:escapeXml(news.scriptUrl)}" defer></script>
</c:if></c:when><c:otherwise><p class="pk-news pk-news--missing"><c:out value="${news.text['news.notFound']}"/></p>
</c:otherwise></c:choose>
