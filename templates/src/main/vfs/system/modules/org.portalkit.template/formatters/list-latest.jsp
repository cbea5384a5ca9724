<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.template.list.ListPages"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><%-- pk-list formatter "latest" (formatters/latest.xml): A box of the latest items: title and date. Element settings heading, n, variant. --%><pkt:list view='<%= ListPages.formatter(pageContext, "latest") %>'/>
