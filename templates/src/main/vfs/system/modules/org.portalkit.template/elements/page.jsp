<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><cms:contentload collector="singleFile" param="%(opencms.uri)" editable="false"
><cms:contentaccess var="page"/><!DOCTYPE html>
<html lang="${fn:escapeXml(cms.locale)}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><c:out value="${page.value.Title}"/></title>
  <%-- Feed autodiscovery: one <link rel="alternate"> per list element with a feed (org.portalkit.template.PageFeeds) --%>
  <c:forEach var="feed" items="<%= org.portalkit.template.PageFeeds.of(pageContext) %>"><link rel="alternate" type="${fn:escapeXml(feed.type)}" title="${fn:escapeXml(feed.title)}" href="${fn:escapeXml(feed.href)}">
  </c:forEach>
</head>
<body class="pk-page">
  <%-- Login link: /system/login/ unless the property pk.login.link names another or "none" (org.portalkit.template.LoginLink) --%>
  <c:set var="login" value="<%= org.portalkit.template.LoginLink.of(pageContext) %>"/>
  <c:if test="${not empty login.href}"><header class="pk-page__header"><a class="pk-page__login" href="${fn:escapeXml(login.href)}" rel="nofollow"><c:out value="${login.text}"/></a></header></c:if>
  <main class="pk-page__main">
    <h1 class="pk-page__title"><c:out value="${page.value.Title}"/></h1>
    <%-- Intro is editor HTML; OpenCms stores it as validated XHTML. --%>
    <div class="pk-page__intro">${page.value.Intro}</div>
    <%-- Elements: JSPs of installed modules (e.g. the latest news list), only from /system/modules/*/elements/ --%>
    <c:forEach items="${page.valueList.Element}" var="element">
      <c:set var="elementPath" value="${fn:contains(element.stringValue, '?') ? fn:substringBefore(element.stringValue, '?') : element.stringValue}"/>
      <c:if test="${fn:startsWith(elementPath, '/system/modules/') and fn:contains(elementPath, '/elements/') and fn:endsWith(elementPath, '.jsp') and not fn:contains(elementPath, '..')}">
        <c:catch var="elementError"><section class="pk-page__element"><cms:include page="${elementPath}">
          <c:forTokens items="${fn:substringAfter(element.stringValue, '?')}" delims="&" var="pair"><cms:param name="${fn:substringBefore(pair, '=')}" value="${fn:substringAfter(pair, '=')}"/></c:forTokens>
        </cms:include></section></c:catch>
      </c:if>
    </c:forEach>
  </main>
</body>
</html>
</cms:contentload>
