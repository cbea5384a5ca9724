<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.notices.NoticePages"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  Print view of a notice: print.jsp?id=<structure id>. No site navigation, no "back", no view beacon; the print style
  sheet also applies on screen. 404 for an unknown id, 400 for a malformed one.
--%><c:set var="notice" value="<%= NoticePages.print(pageContext) %>"
/><!DOCTYPE html>
<html lang="${fn:escapeXml(notice.lang)}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title><c:out value="${notice.found ? notice.notice.title : notice.text['notices.notFound']}"/></title>
<c:if test="${notice.found}"><c:if test="${not empty notice.canonicalUrl}"><link rel="canonical" href="${fn:escapeXml(notice.canonicalUrl)}">
</c:if><link rel="stylesheet" href="${fn:escapeXml(notice.printCssUrl)}">
</c:if></head>
<body class="pk-notice-page pk-notice-page--print">
<c:if test="${notice.found}"><p class="pk-notice-page__tools"><button type="button" class="pk-notice-page__print-button" data-pk-print><c:out value="${notice.text['notices.print.now']}"/></button></p>
</c:if><cms:include file="/system/modules/org.portalkit.notices/formatters/notice-detail.jsp"/>
<c:if test="${notice.found}"><script src="${fn:escapeXml(notice.scriptUrl)}" defer></script>
</c:if></body>
</html>
