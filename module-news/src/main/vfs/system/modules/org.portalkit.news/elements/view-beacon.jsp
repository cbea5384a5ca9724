<%@ page pageEncoding="UTF-8" contentType="application/json; charset=UTF-8" session="false"
    trimDirectiveWhitespaces="true" import="org.portalkit.news.NewsPages"
%><%--
  View beacon: POST view-beacon.jsp?id=<structure id of a pk-news article>. Counts the view (only from the site's
  own configured origins, once per reader and half hour, no bots, rate-limited: portal-core's ViewTracker) and
  answers {"views":n} with Cache-Control: no-store. GET only reads. See module-news/README.md, "View counter".
--%><% NewsPages.beacon(pageContext); %>
