<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.news.NewsPages"
%><%--
  Google News sitemap of the site (news of the last two days), answered as /sitemap-news.xml by portal-core's
  org.portalkit.core.sitemap.SiteFilesHandler. Property cache=stream: written while it is read.
--%><% NewsPages.newsSitemap(pageContext); %>
