<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.news.NewsPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  List element "latest news" for templates and landing pages, e.g.
  <cms:include file="/system/modules/org.portalkit.news/elements/latest-news.jsp"><cms:param name="n" value="5"/></cms:include>
  Settings: n (default 10, at most 50), folder (site-relative), category (category path),
  paging=true (previous/next links; the page number comes from the visitor's "page" parameter, at most 100),
  more (site-relative folder of the full list: adds an "all news" link). Included into a page, the settings come only
  from the including page (<cms:param>), never from the visitor's query string; see module-news/README.md.
--%><c:set var="list" value="<%= NewsPages.latest(pageContext) %>"
/><section class="pk-news pk-news--latest" lang="${fn:escapeXml(list.lang)}">
<h2 class="pk-news__heading"><c:out value="${list.text['news.latest.title']}"/></h2>
<c:if test="${not empty list.error}"><p class="pk-news__error"><c:out value="${list.error}"/></p>
</c:if><c:choose><c:when test="${empty list.items}"><c:if test="${empty list.error}"><p class="pk-news__empty"><c:out value="${list.text['news.list.empty']}"/></p>
</c:if></c:when><c:otherwise><ul class="pk-news__items">
<c:forEach var="item" items="${list.items}"><li class="pk-news__item"><a class="pk-news__item-link" href="${fn:escapeXml(item.link)}"><c:out value="${item.title}"/></a><c:if test="${not empty item.dateText}">${' '}<span class="pk-news__item-date">(<c:out value="${item.dateText}"/>)</span></c:if></li>
</c:forEach></ul>
<c:if test="${not empty list.previousLink or not empty list.nextLink}"><nav class="pk-news__pager"><c:if test="${not empty list.previousLink}"><a class="pk-news__pager-previous" rel="prev" href="${fn:escapeXml(list.previousLink)}"><c:out value="${list.text['news.list.previous']}"/></a></c:if>${' '}<c:if test="${not empty list.nextLink}"><a class="pk-news__pager-next" rel="next" href="${fn:escapeXml(list.nextLink)}"><c:out value="${list.text['news.list.next']}"/></a></c:if></nav></c:if>
<c:if test="${not empty list.moreLink}"><p class="pk-news__more"><a class="pk-news__more-link" href="${fn:escapeXml(list.moreLink)}"><c:out value="${list.text['news.list.more']}"/></a></p></c:if>
</c:otherwise></c:choose></section>
