<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.news.NewsPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%-- News article, teaser: image, title, date, lead (formatters/teaser.xml). --%><c:set var="item" value="<%= NewsPages.teaser(pageContext) %>"
/><c:if test="${not empty item}"><article class="pk-news pk-news--teaser">
<c:if test="${not empty item.image}"><a class="pk-news__image-link" href="${fn:escapeXml(item.link)}" tabindex="-1" aria-hidden="true"><img class="pk-news__image" src="${fn:escapeXml(item.image)}" alt="${fn:escapeXml(item.imageAlt)}" loading="lazy"></a>
</c:if><h3 class="pk-news__title"><a class="pk-news__title-link" href="${fn:escapeXml(item.link)}"><c:out value="${item.title}"/></a></h3>
<c:if test="${not empty item.dateText}"><p class="pk-news__date"><c:out value="${item.dateText}"/></p>
</c:if><c:if test="${not empty item.lead}"><p class="pk-news__lead"><c:out value="${item.lead}"/></p>
</c:if></article>
</c:if>
