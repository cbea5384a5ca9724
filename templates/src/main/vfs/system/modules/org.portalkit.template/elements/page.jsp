<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.template.PageElements"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkc" tagdir="/WEB-INF/tags/portalkit-core"
%><%--
  A pk-page (title, intro, elements) inside the site frame (pkc:frame). Elements are JSPs of installed modules, only
  from /system/modules/*/elements/ (org.portalkit.template.PageElements checks each and splits its parameters).
--%><c:set var="page" value="<%= PageElements.of(pageContext) %>"
/><pkc:frame part="head" lang="${page.lang}"/>
<title><c:out value="${page.documentTitle}"/></title>
<c:forEach var="feed" items="<%= org.portalkit.template.PageFeeds.of(pageContext) %>"><link rel="alternate" type="${fn:escapeXml(feed.type)}" title="${fn:escapeXml(feed.title)}" href="${fn:escapeXml(feed.href)}">
</c:forEach><pkc:frame part="top" bodyClass="pk-page" title="${page.title}"/>
<h1 class="pk-page__title pk-main__title"><c:out value="${page.title}"/></h1>
<%-- Intro is editor HTML, sanitised by PageElements --%><c:if test="${not empty page.introHtml}"><div class="pk-page__intro">${page.introHtml}</div>
</c:if><c:forEach var="element" items="${page.elements}"><section class="pk-page__element"><cms:include page="${element.path}"><c:forEach var="p" items="${element.parameters}"><cms:param name="${p.key}" value="${p.value}"/></c:forEach></cms:include></section>
</c:forEach><pkc:frame part="bottom"/>
