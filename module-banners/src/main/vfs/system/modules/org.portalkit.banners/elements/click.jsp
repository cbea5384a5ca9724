<%@ page pageEncoding="UTF-8" contentType="text/plain; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.banners.BannerPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%--
  Click endpoint: GET click.jsp?id=<structure id of a pk-banner>. Counts the click (portal-core's
  ViewTracker.recordClick: no bots, once per visitor and half hour, rate limits, not from other sites) and answers
  302 to the link stored in the published banner, with Cache-Control: no-store. Every other parameter is ignored;
  an unknown, unpublished, expired or malformed id answers 404 with a short text. Never cached (cache=never in
  properties.properties). See module-banners/README.md, "Click counting".
--%><c:set var="answer" value="<%= BannerPages.click(pageContext) %>"/><c:if test="${not empty answer}"><c:out value="${answer}"/></c:if>
