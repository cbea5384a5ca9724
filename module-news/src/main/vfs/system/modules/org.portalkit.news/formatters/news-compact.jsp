<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.news.NewsPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="pkn" tagdir="/WEB-INF/tags/portalkit-news"
%><%-- News article, compact: title and date, for narrow columns (formatters/compact.xml); markup by tags/item.tag. --%><c:set var="item" value="<%= NewsPages.teaser(pageContext) %>"
/><c:if test="${not empty item}"><pkn:item item="${item}" compact="true"/>
</c:if>
