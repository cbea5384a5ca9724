<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.template.list.ListPages"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><%-- pk-list formatter "full" (formatters/full.xml): The whole list: items with date and teaser, facets, numbered pager or "show more" link. Element settings heading, n, variant. --%><pkt:list view='<%= ListPages.formatter(pageContext, "full") %>'/>
