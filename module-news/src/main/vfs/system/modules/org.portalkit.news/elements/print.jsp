<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.news.NewsPages"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  Print view of a news article: print.jsp?id=<structure id>. No site navigation, no "back" and no view beacon; the
  print style sheet also applies on screen. 404 for an unknown id, 400 for a malformed one.
--%><c:set var="news" value="<%= NewsPages.print(pageContext) %>"
/><!DOCTYPE html>
<html lang="${fn:escapeXml(news.lang)}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title><c:out value="${news.found ? news.article.title : news.text['news.notFound']}"/></title>
<c:if test="${news.found}"><link rel="canonical" href="${fn:escapeXml(news.canonicalUrl)}">
<link rel="stylesheet" href="${fn:escapeXml(news.printCssUrl)}">
</c:if></head>
<body class="pk-news-page pk-news-page--print">
<c:if test="${news.found}"><p class="pk-news-page__tools"><button type="button" class="pk-news-page__print-button" data-pk-print><c:out value="${news.text['news.print.now']}"/></button></p>
</c:if><cms:include file="/system/modules/org.portalkit.news/formatters/news-detail.jsp"/>
<c:if test="${news.found}"><script src="${fn:escapeXml(news.scriptUrl)}" defer></script>
</c:if></body>
</html>
