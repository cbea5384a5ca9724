<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.banners.BannerPages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  Zone element: the active banners of one zone of the current site (released, not expired), by order then title.
  Settings: zone (header, sidebar, footer or a zone of the site's property pk.banner.zones), mode (order or
  rotate: overrides the zone's configured mode); included into a page, only the page sets them, e.g. /system/modules/org.portalkit.banners/elements/zone.jsp?zone=sidebar as an Element
  of a pk-page, or <pkb:zone name="sidebar"/> in a template. Each banner links to the click endpoint
  (elements/click.jsp?id=<structure id>), its image is scaled by OpenCms to the zone's size and has width and
  height; a missing image shows the alternative text in a box of that size. data-pk-until (expiry, epoch ms) lets
  resources/banners.js remove a banner from a cached page at its expiry; in rotating zones the script shows one
  banner chosen by data-pk-weight (without JavaScript all are shown). Flex cache: one minute per site, locale,
  zone and mode (properties.properties). See module-banners/README.md.
--%><c:set var="view" value="<%= BannerPages.zone(pageContext) %>"
/><c:choose><c:when test="${not empty view.error}"><p class="pk-banners__error"><c:out value="${view.error}"/></p>
</c:when><c:when test="${not empty view.banners}"><c:set var="zone" value="${view.zone}"
/><link rel="stylesheet" href="${fn:escapeXml(view.stylesheet)}">
<script src="${fn:escapeXml(view.script)}" defer></script>
<aside class="pk-banners pk-banners--${fn:escapeXml(zone.name)} pk-banners--${fn:escapeXml(zone.modeName)}" data-pk-banners="${fn:escapeXml(zone.modeName)}" aria-label="${fn:escapeXml(view.text['banners.zone.label'])}" lang="${fn:escapeXml(view.lang)}">
<ul class="pk-banners__list">
<c:forEach var="b" items="${view.banners}"><li class="pk-banners__item" data-pk-banner="${fn:escapeXml(b.id)}"<c:if test="${b.until > 0}"> data-pk-until="${fn:escapeXml(b.until)}"</c:if><c:if test="${zone.rotate}"> data-pk-weight="${fn:escapeXml(b.weight)}"</c:if>>
<c:if test="${not empty b.href}"><a class="pk-banners__link" href="${fn:escapeXml(b.href)}"<c:if test="${b.newWindow}"> target="_blank" rel="noopener"</c:if>></c:if><c:choose><c:when test="${b.imageMissing}"><svg class="pk-banners__missing" width="${fn:escapeXml(zone.width)}" height="${fn:escapeXml(zone.height)}" viewBox="0 0 ${fn:escapeXml(zone.width)} ${fn:escapeXml(zone.height)}" role="img" aria-label="${fn:escapeXml(b.alt)}"><rect class="pk-banners__missing-box" x="0" y="0" width="100%" height="100%"/><text class="pk-banners__missing-text" x="50%" y="50%" text-anchor="middle" dominant-baseline="middle"><c:out value="${b.alt}"/></text></svg></c:when><c:otherwise><img class="pk-banners__image" src="${fn:escapeXml(b.imageSrc)}" width="${fn:escapeXml(zone.width)}" height="${fn:escapeXml(zone.height)}" alt="${fn:escapeXml(b.alt)}"<c:if test="${zone.name ne 'header'}"> loading="lazy"</c:if> decoding="async"></c:otherwise></c:choose><c:if test="${not empty b.caption}"><span class="pk-banners__caption"><c:out value="${b.caption}"/></span></c:if><c:if test="${not empty b.href}"></a></c:if>
</li>
</c:forEach></ul>
</aside>
</c:when></c:choose>
