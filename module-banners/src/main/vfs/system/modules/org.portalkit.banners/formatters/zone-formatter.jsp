<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.banners.BannerPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%--
  Formatter "zone" of pk-banner (formatters/zone.xml) for container pages: whatever banner the editor placed, the
  element shows the whole zone named by its setting "zone" (default sidebar) through elements/zone.jsp, so a page
  needs one element per zone. An invalid setting shows nothing.
--%><c:set var="zoneName" value="<%= BannerPages.elementZone(pageContext) %>"
/><c:if test="${not empty zoneName}"><cms:include page="/system/modules/org.portalkit.banners/elements/zone.jsp"><cms:param name="zone" value="${zoneName}"/></cms:include></c:if>
