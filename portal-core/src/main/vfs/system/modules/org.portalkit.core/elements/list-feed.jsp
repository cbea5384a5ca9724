<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.core.feed.ListFeeds, org.portalkit.core.feed.ListDefinitionSources"
%><%--
  RSS 2.0 feed of a list configuration stored in the VFS: list-feed.jsp?path=<site path>. The configuration is read
  by the ListDefinitionSource its module registered for its type (ListDefinitionSources.register). 400 for a
  malformed path, 404 when there is no such list.
--%><% ListFeeds.byPath(pageContext, ListDefinitionSources.registered()); %>
