<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.template.frame.SiteFrame, org.portalkit.core.page.SiteVisitCounter"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  The site frame: header, navigation, breadcrumb, sidebar and footer around every page (portal-core's PageFrame;
  the site names this JSP in its property pk.frame). A page includes it three times with the parameter part:
    head    the document up to inside <head> (the page then writes its title and meta tags),
    top     the rest of the head, header, navigation, breadcrumb and the start of <main>; parameter title = the page's
            title for the breadcrumb,
    bottom  the end of <main>, the sidebar, the footer and the end of the document.
  On a container page the header banners and the sidebar are the page's own containers "header" (type pk-banner) and
  "sidebar" (type pk-side); on other pages frame.homeContainer writes those of the language's home page (and answers
  how many elements it wrote). Parameter lang: the page's language when it is not the request's (error pages). Everything is written encoded.
--%><c:set var="frame" value="<%= SiteFrame.of(pageContext) %>"/><c:choose><c:when test="${frame.part eq 'head'}"><!DOCTYPE html>
<html lang="${fn:escapeXml(frame.lang)}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<c:forEach var="css" items="${frame.stylesheets}"><link rel="stylesheet" href="${fn:escapeXml(css)}">
</c:forEach><c:forEach var="css" items="${frame.homeStylesheets}"><link rel="stylesheet" href="${fn:escapeXml(css)}">
</c:forEach><script src="${fn:escapeXml(frame.toolbarScript)}"></script>
<script src="${fn:escapeXml(frame.script)}" defer></script>
<script src="${fn:escapeXml(frame.pageScript)}" defer></script>
</c:when><c:when test="${frame.part eq 'top'}"><c:set var="profile" value="${frame.profile}"/><c:set var="login" value="${frame.login}"/><c:set var="visits" value="<%= SiteVisitCounter.of(pageContext) %>"/></head>
<body class="pk-site">
<a class="pk-skip" href="#pk-main"><c:out value="${frame.text['template.skipToContent']}"/></a>
<header class="pk-header">
<div class="pk-header__bar">
<div class="pk-toolbar" data-pk-toolbar role="group" aria-label="${fn:escapeXml(frame.text['toolbar.label'])}">
<button type="button" data-pk-text="smaller" aria-label="${fn:escapeXml(frame.text['toolbar.smaller'])}" title="${fn:escapeXml(frame.text['toolbar.smaller'])}">A&minus;</button>
<button type="button" data-pk-text="reset" aria-label="${fn:escapeXml(frame.text['toolbar.reset'])}" title="${fn:escapeXml(frame.text['toolbar.reset'])}">A</button>
<button type="button" data-pk-text="larger" aria-label="${fn:escapeXml(frame.text['toolbar.larger'])}" title="${fn:escapeXml(frame.text['toolbar.larger'])}">A+</button>
<button type="button" data-pk-contrast aria-pressed="false" aria-label="${fn:escapeXml(frame.text['toolbar.contrast'])}" title="${fn:escapeXml(frame.text['toolbar.contrast'])}">&#9680;</button>
</div>
<c:if test="${not empty frame.languages}"><ul class="pk-header__languages" aria-label="${fn:escapeXml(frame.text['template.languages'])}">
<c:forEach var="language" items="${frame.languages}"><li><c:choose><c:when test="${language.current}"><span class="pk-header__language pk-header__language--current" lang="${fn:escapeXml(language.lang)}" aria-current="true"><c:out value="${language.label}"/></span></c:when><c:otherwise><a class="pk-header__language" lang="${fn:escapeXml(language.lang)}" hreflang="${fn:escapeXml(language.lang)}" href="${fn:escapeXml(language.href)}"><c:out value="${language.label}"/></a></c:otherwise></c:choose></li>
</c:forEach></ul>
</c:if><p class="pk-visits pk-header__visits" data-pk-visits="${fn:escapeXml(visits.beacon)}" data-pk-visits-group="${fn:escapeXml(visits.grouping)}"><span class="pk-visits__title"><c:out value="${visits.title}"/></span>${' '}<strong class="pk-visits__total" data-pk-visits-total><c:out value="${visits.total}"/></strong>${' '}<span class="pk-visits__today"><c:out value="${visits.todayLabel}"/>: <span data-pk-visits-today><c:out value="${visits.today}"/></span></span>${' '}<span class="pk-visits__online"><c:out value="${visits.onlineLabel}"/>: <span data-pk-visits-online><c:out value="${visits.online}"/></span></span></p>
<c:if test="${not empty login.href}"><a class="pk-header__login" href="${fn:escapeXml(login.href)}" rel="nofollow"><c:out value="${login.text}"/></a>
</c:if></div>
<div class="pk-header__brand">
<a class="pk-header__home" href="${fn:escapeXml(frame.home)}"><c:if test="${not empty profile.emblem}"><img class="pk-header__emblem" src="${fn:escapeXml(frame.link(profile.emblem))}" alt="" width="72" height="72"></c:if><span class="pk-header__names"><c:if test="${not empty profile.parent}"><span class="pk-header__parent"><c:out value="${profile.parent}"/></span>
</c:if><span class="pk-header__site"><c:out value="${frame.siteName}"/></span><c:if test="${not empty profile.agency and profile.agency ne frame.siteName}">
<span class="pk-header__agency"><c:out value="${profile.agency}"/></span></c:if></span></a>
<cms:include page="/system/modules/org.portalkit.template/elements/search.jsp"><cms:param name="box" value="true"/><cms:param name="action" value="${frame.searchPage}"/></cms:include>
</div>
<div class="pk-header__banners"><c:choose><c:when test="${frame.containerPage}"><cms:container name="header" type="pk-banner" tag="div" tagClass="pk-container pk-container--header" maxElements="4"/></c:when><c:otherwise><div class="pk-container pk-container--header"><c:set var="shown" value="${frame.homeContainer(pageContext, 'header', 'pk-banner')}"/></div></c:otherwise></c:choose></div>
</header>
<c:if test="${not empty frame.navigation}"><nav class="pk-nav" id="pk-nav" aria-label="${fn:escapeXml(frame.text['template.navigation'])}">
<button class="pk-nav__toggle" type="button" aria-expanded="false" aria-controls="pk-nav-list" hidden><c:out value="${frame.text['template.menu']}"/></button>
<ul class="pk-nav__list" id="pk-nav-list">
<c:forEach var="entry" items="${frame.navigation}"><li class="pk-nav__item<c:if test="${entry.current}"> pk-nav__item--current</c:if>"><a class="pk-nav__link" href="${fn:escapeXml(entry.href)}"<c:if test="${entry.current}"> aria-current="true"</c:if>><c:out value="${entry.text}"/></a><c:if test="${not empty entry.children}">
<ul class="pk-nav__sub"><c:forEach var="child" items="${entry.children}"><li class="pk-nav__subitem<c:if test="${child.current}"> pk-nav__subitem--current</c:if>"><a class="pk-nav__sublink" href="${fn:escapeXml(child.href)}"<c:if test="${child.current}"> aria-current="true"</c:if>><c:out value="${child.text}"/></a></li></c:forEach></ul></c:if></li>
</c:forEach></ul>
</nav>
</c:if><c:if test="${not empty frame.breadcrumb}"><nav class="pk-breadcrumb" aria-label="${fn:escapeXml(frame.text['template.breadcrumb'])}"><ol class="pk-breadcrumb__list">
<c:forEach var="crumb" items="${frame.breadcrumb}"><li class="pk-breadcrumb__item"><c:choose><c:when test="${empty crumb.href}"><span aria-current="page"><c:out value="${crumb.text}"/></span></c:when><c:otherwise><a href="${fn:escapeXml(crumb.href)}"><c:out value="${crumb.text}"/></a></c:otherwise></c:choose></li>
</c:forEach></ol></nav>
</c:if><div class="pk-layout">
<main class="pk-main" id="pk-main" tabindex="-1">
</c:when><c:when test="${frame.part eq 'bottom'}"><c:set var="profile" value="${frame.profile}"/></main>
<aside class="pk-sidebar" aria-label="${fn:escapeXml(frame.text['template.sidebar'])}"><c:choose><c:when test="${frame.containerPage}"><cms:container name="sidebar" type="pk-side" tag="div" tagClass="pk-container pk-container--sidebar" maxElements="12"/></c:when><c:otherwise><div class="pk-container pk-container--sidebar"><c:set var="shown" value="${frame.homeContainer(pageContext, 'sidebar', 'pk-side')}"/></div></c:otherwise></c:choose></aside>
</div>
<footer class="pk-footer">
<div class="pk-footer__agency">
<p class="pk-footer__name"><c:out value="${empty profile.agency ? frame.siteName : profile.agency}"/></p>
<c:if test="${not empty profile.parent}"><p class="pk-footer__parent"><c:out value="${profile.parent}"/></p>
</c:if><dl class="pk-footer__contact">
<c:if test="${not empty profile.address}"><dt><c:out value="${frame.text['template.footer.address']}"/></dt><dd><c:out value="${profile.address}"/></dd>
</c:if><c:if test="${not empty profile.phone}"><dt><c:out value="${frame.text['template.footer.phone']}"/></dt><dd><c:choose><c:when test="${not empty profile.phoneHref}"><a href="${fn:escapeXml(profile.phoneHref)}"><c:out value="${profile.phone}"/></a></c:when><c:otherwise><c:out value="${profile.phone}"/></c:otherwise></c:choose></dd>
</c:if><c:if test="${not empty profile.email}"><dt><c:out value="${frame.text['template.footer.email']}"/></dt><dd><c:choose><c:when test="${not empty profile.emailHref}"><a href="${fn:escapeXml(profile.emailHref)}"><c:out value="${profile.email}"/></a></c:when><c:otherwise><c:out value="${profile.email}"/></c:otherwise></c:choose></dd>
</c:if><c:if test="${not empty profile.hours}"><dt><c:out value="${frame.text['template.footer.hours']}"/></dt><dd><c:out value="${profile.hours}"/></dd>
</c:if><c:if test="${not empty profile.responsible}"><dt><c:out value="${frame.text['template.footer.responsible']}"/></dt><dd><c:out value="${profile.responsible}"/></dd>
</c:if></dl>
</div>
<c:if test="${not empty profile.emc}"><p class="pk-footer__emc"><a href="${fn:escapeXml(profile.emc)}" rel="noopener"><img src="${fn:escapeXml(frame.link(profile.emcImage))}" alt="${fn:escapeXml(frame.text['template.footer.emc'])}" width="120" height="45"></a></p>
</c:if><c:if test="${not empty profile.copyright}"><p class="pk-footer__copyright"><c:out value="${profile.copyright}"/></p>
</c:if></footer>
</body>
</html>
</c:when></c:choose>
