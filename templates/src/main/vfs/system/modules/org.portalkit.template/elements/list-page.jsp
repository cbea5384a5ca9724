<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.template.list.ListPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><%--
  A pk-list requested directly renders as a page of its own: the template named in its template-elements property
  (set by the resource type). The list is shown in full (facets, pager or "show more"). 404 when the requested
  resource is no pk-list.
--%><c:set var="view" value="<%= ListPages.page(pageContext) %>"/><!DOCTYPE html>
<html lang="${fn:escapeXml(view.lang)}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><c:out value="${view.heading}"/></title>
  <c:if test="${not empty view.feed}"><link rel="alternate" type="application/rss+xml" title="${fn:escapeXml(view.heading)}" href="${fn:escapeXml(view.feed)}"></c:if>
  <c:if test="${not empty view.stylesheet}"><link rel="stylesheet" href="${fn:escapeXml(view.stylesheet)}">
  <script src="${fn:escapeXml(view.script)}" defer></script></c:if>
</head>
<body class="pk-page pk-page--list">
  <main class="pk-page__main">
    <h1 class="pk-page__title"><c:out value="${view.heading}"/></h1>
    <pkt:list view="${view}" pageHeading="true"/>
  </main>
</body>
</html>
