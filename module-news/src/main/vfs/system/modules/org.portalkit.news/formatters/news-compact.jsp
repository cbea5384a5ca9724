<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.news.NewsPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%-- News article, compact: title and date, for narrow columns (formatters/compact.xml). --%><c:set var="item" value="<%= NewsPages.teaser(pageContext) %>"
/><c:if test="${not empty item}"><p class="pk-news pk-news--compact"><a class="pk-news__title-link" href="${fn:escapeXml(item.link)}"><c:out value="${item.title}"/></a><c:if test="${not empty item.dateText}">${' '}<span class="pk-news__date">(<c:out value="${item.dateText}"/>)</span></c:if></p>
</c:if>
