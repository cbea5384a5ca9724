<%@ page pageEncoding="UTF-8" contentType="application/rss+xml; charset=UTF-8" session="false"
    trimDirectiveWhitespaces="true" import="org.portalkit.news.NewsPages"
%><%--
  RSS 2.0 feed of the latest 20 news of the site: feed.jsp, feed.jsp?folder=/tin-tuc/, feed.jsp?category=topics/x.
  Bad parameters: 400 with a plain text message.
--%><% NewsPages.feed(pageContext); %>
