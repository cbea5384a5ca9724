<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.template.frame.ContainerPageView"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  The template of the site's container pages (their property "template"): the site frame (frame.jsp) with the
  containers
    header   type pk-banner  header banners (banner zone formatter), written by the frame
    main     type pk-main    the page's content: lists, news, notices, link lists; on a detail page the detail content
    sidebar  type pk-side    THÔNG BÁO box, THÔNG TIN CHUNG, sidebar banners, compact lists, written by the frame
  The page's h1 is its Title property (visually hidden on the home page, where the site name heads the page).
--%><c:set var="page" value="<%= ContainerPageView.of(pageContext) %>"
/><cms:include page="${page.frame}"><cms:param name="part" value="head"/></cms:include>
<title><c:out value="${page.documentTitle}"/></title>
<c:if test="${not empty page.description}"><meta name="description" content="${fn:escapeXml(page.description)}">
</c:if><c:if test="${not empty page.canonicalUrl}"><link rel="canonical" href="${fn:escapeXml(page.canonicalUrl)}">
</c:if><c:forEach var="feed" items="${page.feeds}"><link rel="alternate" type="${fn:escapeXml(feed.type)}" title="${fn:escapeXml(feed.title)}" href="${fn:escapeXml(feed.href)}">
</c:forEach><cms:headincludes type="css" closetags="false"/>
<cms:include page="${page.frame}"><cms:param name="part" value="top"/><cms:param name="title" value="${page.title}"/></cms:include>
<h1 class="pk-main__title<c:if test="${page.homePage}"> pk-visually-hidden</c:if>"><c:out value="${page.title}"/></h1>
<cms:container name="main" type="pk-main" tag="div" tagClass="pk-container pk-container--main" maxElements="20" detailview="true"/>
<cms:include page="${page.frame}"><cms:param name="part" value="bottom"/></cms:include>
