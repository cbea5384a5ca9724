<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.template.list.ListPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><%@ taglib prefix="pkc" tagdir="/WEB-INF/tags/portalkit-core"
%><%--
  A pk-list requested directly renders as a page of its own inside the site frame (pkc:frame): the template named
  in its template-elements property (set by the resource type). The list is shown in full (facets, pager or "show
  more"). 404 when the requested resource is no pk-list.
--%><c:set var="view" value="<%= ListPages.page(pageContext) %>"
/><pkc:frame part="head" lang="${view.lang}"/>
<title><c:out value="${view.heading}"/></title>
<c:if test="${not empty view.feed}"><link rel="alternate" type="application/rss+xml" title="${fn:escapeXml(view.heading)}" href="${fn:escapeXml(view.feed)}">
</c:if><c:if test="${not empty view.stylesheet}"><link rel="stylesheet" href="${fn:escapeXml(view.stylesheet)}">
<script src="${fn:escapeXml(view.script)}" defer></script>
</c:if><pkc:frame part="top" bodyClass="pk-page" title="${view.heading}"/>
<h1 class="pk-page__title pk-main__title"><c:out value="${view.heading}"/></h1>
<pkt:list view="${view}" pageHeading="true"/>
<pkc:frame part="bottom"/>
