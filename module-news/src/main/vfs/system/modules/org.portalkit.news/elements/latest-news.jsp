<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.news.NewsPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkn" tagdir="/WEB-INF/tags/portalkit-news"
%><%--
  List element "latest news" for templates and landing pages, e.g.
  <cms:include file="/system/modules/org.portalkit.news/elements/latest-news.jsp"><cms:param name="n" value="5"/></cms:include>
  Settings: n (default 10, at most 50), folder (site-relative), category (category path),
  paging=true (numbered pager with previous/next, links built by portal-core; the page number comes from the
  visitor's "page" parameter, at most 100 and the last page),
  more (site-relative folder of the full list: adds an "all news" link). Included into a page, the settings come only
  from the including page (<cms:param>), never from the visitor's query string; the list runs through portal-core's
  ElementList/ListEngine with NewsListMapping; see module-news/README.md.
--%><c:set var="list" value="<%= NewsPages.latest(pageContext) %>"
/><section class="pk-news pk-news--latest" lang="${fn:escapeXml(list.lang)}">
<h2 class="pk-news__heading"><c:out value="${list.text['news.latest.title']}"/></h2>
<c:if test="${not empty list.error}"><p class="pk-news__error"><c:out value="${list.error}"/></p>
</c:if><c:choose><c:when test="${empty list.items}"><c:if test="${empty list.error}"><p class="pk-news__empty"><c:out value="${list.text['news.list.empty']}"/></p>
</c:if></c:when><c:otherwise><ul class="pk-news__items">
<c:forEach var="item" items="${list.items}"><pkn:item item="${item}"/>
</c:forEach></ul>
<c:set var="pager" value="${list.pager}"/><c:if test="${not empty pager}"><nav class="pk-news__pager"><c:if test="${not empty pager.previous}"><a class="pk-news__pager-previous" rel="prev<c:if test="${pager.nofollow}"> nofollow</c:if>" href="${fn:escapeXml(pager.previous.href)}"><c:out value="${list.text['news.list.previous']}"/></a>${' '}</c:if><c:forEach var="p" items="${pager.pages}"><c:choose><c:when test="${p.current}"><span class="pk-news__pager-page pk-news__pager-page--current" aria-current="page"><c:out value="${p.number}"/></span></c:when><c:otherwise><a class="pk-news__pager-page"<c:if test="${pager.nofollow}"> rel="nofollow"</c:if> href="${fn:escapeXml(p.href)}"><c:out value="${p.number}"/></a></c:otherwise></c:choose>${' '}</c:forEach><c:if test="${not empty pager.next}"><a class="pk-news__pager-next" rel="next<c:if test="${pager.nofollow}"> nofollow</c:if>" href="${fn:escapeXml(pager.next.href)}"><c:out value="${list.text['news.list.next']}"/></a></c:if></nav></c:if>
<c:if test="${not empty list.moreLink}"><p class="pk-news__more"><a class="pk-news__more-link" href="${fn:escapeXml(list.moreLink)}"><c:out value="${list.text['news.list.more']}"/></a></p></c:if>
</c:otherwise></c:choose></section>
