<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.news.NewsPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkn" tagdir="/WEB-INF/tags/portalkit-news"
%><%--
  List element "most read": the news of this site with the most views (portal-core counters, keys
  pk.news.views.<structure id>) through portal-core's list engine (order MOST_READ). Settings: n (default 5, at most
  50), folder, category; included into a page, only the page sets them.
--%><c:set var="list" value="<%= NewsPages.mostRead(pageContext) %>"
/><section class="pk-news pk-news--most-read" lang="${fn:escapeXml(list.lang)}">
<h2 class="pk-news__heading"><c:out value="${list.text['news.mostRead.title']}"/></h2>
<c:choose><c:when test="${not empty list.error}"><p class="pk-news__error"><c:out value="${list.error}"/></p>
</c:when><c:when test="${empty list.items}"><p class="pk-news__empty"><c:out value="${list.text['news.list.empty']}"/></p>
</c:when><c:otherwise><ol class="pk-news__items">
<c:forEach var="item" items="${list.items}"><pkn:item item="${item}" viewsLabel="${list.text['news.mostRead.views']}"/>
</c:forEach></ol>
</c:otherwise></c:choose></section>
