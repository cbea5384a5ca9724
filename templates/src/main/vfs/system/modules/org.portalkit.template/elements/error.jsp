<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkc" tagdir="/WEB-INF/tags/portalkit-core"
%><%--
  The friendly error page (400, 404, 500) the web application's error-page entries point at, inside the site frame
  (pkc:frame) when the request runs in OpenCms. It shows a short message in the visitor's language and a link home;
  never the exception, its message or a stack trace. org.portalkit.template.ErrorPage picks the kind of error and
  the language.
--%><c:set var="error" value="<%= org.portalkit.template.ErrorPage.answer(pageContext) %>"
/><pkc:frame part="head" lang="${error.language}"/>
<meta name="robots" content="noindex">
<title><c:out value="${error.title}"/> – <c:out value="${error.siteName}"/></title>
<pkc:frame part="top" bodyClass="pk-error" title="${error.title}"/>
<div lang="${fn:escapeXml(error.language)}">
<h1 class="pk-error__title pk-main__title"><c:out value="${error.title}"/></h1>
<p class="pk-error__text"><c:out value="${error.message}"/></p>
<p class="pk-error__home"><a href="${fn:escapeXml(error.homeHref)}"><c:out value="${error.homeLabel}"/></a></p>
</div>
<pkc:frame part="bottom"/>
