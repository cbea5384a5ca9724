<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.notices.NoticePages"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  The whole page of a notice requested directly (property template-elements of pk-notice, set by the resource type).
  Head: title, description, canonical URL, Open Graph and Twitter tags, schema.org JSON-LD. Body: the detail formatter,
  so that the page and container pages show the same markup. 404 when the resource is no readable notice.
--%><c:set var="notice" value="<%= NoticePages.page(pageContext) %>"
/><!DOCTYPE html>
<html lang="${fn:escapeXml(notice.lang)}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><c:out value="${notice.found ? notice.notice.title : notice.text['notices.notFound']}"/><c:if test="${not empty notice.siteName}"> - <c:out value="${notice.siteName}"/></c:if></title>
<c:if test="${notice.found}"><meta name="description" content="${fn:escapeXml(notice.description)}">
<c:if test="${not empty notice.canonicalUrl}"><link rel="canonical" href="${fn:escapeXml(notice.canonicalUrl)}">
</c:if><c:forEach var="tag" items="${notice.metaTags}"><meta ${fn:escapeXml(tag.attribute)}="${fn:escapeXml(tag.key)}" content="${fn:escapeXml(tag.content)}">
</c:forEach><script type="application/ld+json">${notice.jsonLd}</script>
</c:if><link rel="stylesheet" href="${fn:escapeXml(notice.cssUrl)}">
</head>
<body class="pk-notice-page">
<main class="pk-notice-page__main">
<cms:include file="/system/modules/org.portalkit.notices/formatters/notice-detail.jsp"/>
</main>
</body>
</html>
