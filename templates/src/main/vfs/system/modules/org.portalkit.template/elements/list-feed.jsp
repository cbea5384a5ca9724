<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.core.feed.ListFeeds, org.portalkit.template.list.ListPages"
%><%--
  RSS 2.0 feed of a pk-list: list-feed.jsp?path=<site path of the list configuration>. The newest page of the list as the
  configuration defines it (types, folders, categories, dates, sort, page size), written by portal-core's feed
  writer. 400 for a malformed path, 404 when the path names no valid pk-list. Pages that show a pk-list through
  elements/list.jsp announce this feed (portal-core ListFeeds.forElements); a pk-list page of its own announces it
  in its head.
--%><% ListFeeds.byPath(pageContext, ListPages.FEED_SOURCE); %>
