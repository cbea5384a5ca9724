<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.core.page.SiteVisitCounter"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  The site's visitor counter ("LƯỢT TRUY CẬP 69.534", today, online now) for pages and templates. The HTML may be
  cached: the numbers are those of the moment it was rendered; page.js posts to the beacon (data-pk-visits) and writes
  the answer into [data-pk-visits-total], [data-pk-visits-today] and [data-pk-visits-online], grouped with
  data-pk-visits-group. See docs/counters.md, "Site visits".
--%><c:set var="visits" value="<%= SiteVisitCounter.of(pageContext) %>"
/><div class="pk-visits" data-pk-visits="${fn:escapeXml(visits.beacon)}" data-pk-visits-group="${fn:escapeXml(visits.grouping)}">
  <h2 class="pk-visits__title"><c:out value="${visits.title}"/></h2>
  <p class="pk-visits__total" data-pk-visits-total><c:out value="${visits.total}"/></p>
  <p class="pk-visits__today"><c:out value="${visits.todayLabel}"/>: <span data-pk-visits-today><c:out value="${visits.today}"/></span></p>
  <p class="pk-visits__online"><c:out value="${visits.onlineLabel}"/>: <span data-pk-visits-online><c:out value="${visits.online}"/></span></p>
</div>
<script src="${fn:escapeXml(visits.script)}" defer></script>
