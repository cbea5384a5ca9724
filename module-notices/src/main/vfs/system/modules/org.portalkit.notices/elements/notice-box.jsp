<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.notices.NoticePages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  The sidebar box "THÔNG BÁO" for templates and landing pages, e.g.
  <cms:include file="/system/modules/org.portalkit.notices/elements/notice-box.jsp"><cms:param name="n" value="5"/><cms:param name="more" value="/thong-bao/"/></cms:include>
  Settings: n (default 5, at most 50), folder, category, more (site folder of the archive: adds the "all notices"
  link). Pinned notices first, then the newest issue date; a "Mới" badge on notices issued within the module
  parameter newDays (default 7): rendered by the server and removed by portal-core's resources/page.js from HTML served from a
  cache once data-pk-new-until has passed. Settings come only from the including page, never from the query string.
--%><c:set var="box" value="<%= NoticePages.box(pageContext) %>"
/><link rel="stylesheet" href="${fn:escapeXml(box.cssUrl)}">
<section class="pk-notice-box" lang="${fn:escapeXml(box.lang)}">
<h2 class="pk-notice-box__title"><c:out value="${box.text['notices.box.title']}"/></h2>
<c:if test="${not empty box.error}"><p class="pk-notice-box__error"><c:out value="${box.error}"/></p>
</c:if><c:choose><c:when test="${empty box.items}"><c:if test="${empty box.error}"><p class="pk-notice-box__empty"><c:out value="${box.text['notices.list.empty']}"/></p>
</c:if></c:when><c:otherwise><ul class="pk-notice-box__items">
<c:forEach var="item" items="${box.items}"><li class="pk-notice-box__item<c:if test="${item.pinned}"> pk-notice-box__item--pinned</c:if>"><a class="pk-notice-box__link" href="${fn:escapeXml(item.link)}"><c:out value="${item.title}"/></a><c:if test="${not empty item.dateText}">${' '}<time class="pk-notice-box__date" datetime="${fn:escapeXml(item.dateIso)}">(<c:out value="${item.dateText}"/>)</time></c:if><c:if test="${item.recent}">${' '}<span class="pk-notice-box__new" data-pk-new-until="${fn:escapeXml(item.newUntil)}"><c:out value="${box.text['notices.new']}"/></span></c:if></li>
</c:forEach></ul>
</c:otherwise></c:choose><c:if test="${not empty box.archiveLink}"><p class="pk-notice-box__more"><a class="pk-notice-box__more-link" href="${fn:escapeXml(box.archiveLink)}"><c:out value="${box.text['notices.box.more']}"/></a></p>
</c:if></section>
<c:if test="${box.anyNew}"><script src="${fn:escapeXml(box.scriptUrl)}" defer></script>
</c:if>
