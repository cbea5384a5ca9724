<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.notices.NoticePages"
%><%--
  Document download: download.jsp?id=<structure id of a pk-notice>&n=<number of the attachment, from 1>. Sends only
  files that a readable notice of the site links to, with their content type and Content-Disposition: attachment.
  404 when the notice or the document is not (or no longer) there, 400 for malformed parameters.
--%><% NoticePages.download(pageContext); %>
