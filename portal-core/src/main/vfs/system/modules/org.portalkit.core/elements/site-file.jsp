<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.core.sitemap.Sitemaps"
%><%--
  robots.txt, /sitemap.xml and /sitemap-<n>.xml of the current site, answered at the site root by
  org.portalkit.core.sitemap.SiteFilesHandler (opencms-system.xml, resourceinit). Property cache=stream: the
  sitemap goes to the client while it is written, never buffered whole.
--%><% Sitemaps.answer(pageContext); %>
