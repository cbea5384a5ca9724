<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.template.list.ListPages"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><%-- pk-list formatter "compact" (formatters/compact.xml): A compact list of links (titles only). Element settings heading, n, variant. --%><pkt:list view='<%= ListPages.formatter(pageContext, "compact") %>'/>
