<%@ page pageEncoding="UTF-8" contentType="application/json; charset=UTF-8" session="false"
    trimDirectiveWhitespaces="true" import="org.portalkit.notices.NoticePages"
%><%--
  View beacon: POST view-beacon.jsp?id=<structure id of a pk-notice>. Counts the view with portal-core's rules (site
  origins only, once per reader and half hour, no bots, per-minute and per-address-and-item limits) and answers
  {"views":n} with Cache-Control: no-store. GET only reads. See module-notices/README.md.
--%><% NoticePages.beacon(pageContext); %>
