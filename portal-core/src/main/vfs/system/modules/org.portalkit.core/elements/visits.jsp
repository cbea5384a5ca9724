<%@ page pageEncoding="UTF-8" contentType="application/json; charset=UTF-8" session="false"
    trimDirectiveWhitespaces="true" import="org.portalkit.core.page.SiteVisitCounter"
%><%--
  The site's visit beacon: POST visits.jsp from a page of the site counts the visit (only from the site's configured
  origins, once per visitor and half hour, no bots, rate-limited: org.portalkit.core.counter.SiteVisits) and answers
  {"total":n,"today":n,"online":n} with Cache-Control: no-store. GET only reads. See docs/counters.md, "Site visits".
--%><% SiteVisitCounter.beacon(pageContext); %>
