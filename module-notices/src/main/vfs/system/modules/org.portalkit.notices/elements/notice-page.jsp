<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.notices.NoticePages"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkc" tagdir="/WEB-INF/tags/portalkit-core"
%><%--
  The whole page of a notice requested directly (property template-elements of pk-notice, set by the resource type).
  Head: title, description, canonical URL, Open Graph and Twitter tags, schema.org JSON-LD. Body: the detail formatter,
  so that the page and container pages show the same markup. 404 when the resource is no readable notice.
--%><c:set var="notice" value="<%= NoticePages.page(pageContext) %>"
/><pkc:frame part="head" lang="${notice.lang}"/>
<title><c:out value="${notice.found ? notice.notice.title : notice.text['notices.notFound']}"/><c:if test="${not empty notice.siteName}"> - <c:out value="${notice.siteName}"/></c:if></title>
<c:if test="${notice.found}"><meta name="description" content="${fn:escapeXml(notice.description)}">
<c:if test="${not empty notice.canonicalUrl}"><link rel="canonical" href="${fn:escapeXml(notice.canonicalUrl)}">
</c:if><c:forEach var="tag" items="${notice.metaTags}"><meta ${fn:escapeXml(tag.attribute)}="${fn:escapeXml(tag.key)}" content="${fn:escapeXml(tag.content)}">
</c:forEach><script type="application/ld+json">${notice.jsonLd}</script>
</c:if><link rel="stylesheet" href="${fn:escapeXml(notice.cssUrl)}">
<pkc:frame part="top" bodyClass="pk-notice-page" title="${notice.found ? notice.notice.title : notice.text['notices.notFound']}"/>
<cms:include file="/system/modules/org.portalkit.notices/formatters/notice-detail.jsp"/>
<pkc:frame part="bottom"/>
