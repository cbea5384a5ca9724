<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  The friendly error page (400, 404, 500) the web application's error-page entries point at. It shows the site name,
  a short message in the visitor's language and a link home; never the exception, its message or a stack trace.
  org.portalkit.template.ErrorPage picks the kind of error and the language.
--%><c:set var="error" value="<%= org.portalkit.template.ErrorPage.answer(pageContext) %>"
/><!DOCTYPE html>
<html lang="${fn:escapeXml(error.language)}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title><c:out value="${error.title}"/> – <c:out value="${error.siteName}"/></title>
</head>
<body class="pk-error">
  <header class="pk-error__site"><a href="${fn:escapeXml(error.homeHref)}"><c:out value="${error.siteName}"/></a></header>
  <main class="pk-error__main">
    <h1 class="pk-error__title"><c:out value="${error.title}"/></h1>
    <p class="pk-error__text"><c:out value="${error.message}"/></p>
    <p class="pk-error__home"><a href="${fn:escapeXml(error.homeHref)}"><c:out value="${error.homeLabel}"/></a></p>
  </main>
</body>
</html>
