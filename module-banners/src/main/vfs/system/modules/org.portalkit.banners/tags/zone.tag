<%--
  pkb:zone — the banners of one zone, for templates:
  <%@ taglib prefix="pkb" tagdir="/WEB-INF/tags/portalkit-banners" %> … <pkb:zone name="sidebar"/> or <pkb:zone name="header" mode="rotate"/>
  Includes elements/zone.jsp with the setting zone (the template sets it, never the visitor), so the zone is rendered
  and cached (one minute per site, locale and zone) exactly as the zone element of a page.

  Attributes:
    name  java.lang.String  required  the zone: header, sidebar, footer or a zone of the property pk.banner.zones
    mode  java.lang.String  optional  order or rotate: overrides the zone's configured mode

  CSS classes: pk-banners, pk-banners--<zone>, pk-banners--order / pk-banners--rotate, pk-banners__list,
  pk-banners__item, pk-banners__link, pk-banners__image, pk-banners__missing, pk-banners__missing-box,
  pk-banners__missing-text, pk-banners__caption, pk-banners__error (see module-banners/README.md).
--%><%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
%><%@ attribute name="name" required="true" type="java.lang.String"
%><%@ attribute name="mode" required="false" type="java.lang.String"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><cms:include page="/system/modules/org.portalkit.banners/elements/zone.jsp"><cms:param name="zone" value="${name}"/><cms:param name="mode" value="${mode}"/></cms:include>
