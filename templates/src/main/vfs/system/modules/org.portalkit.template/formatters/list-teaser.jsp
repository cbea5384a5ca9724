<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.template.list.ListPages"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><%-- pk-list formatter "teaser" (formatters/teaser.xml): Teaser cards: image, title, date and teaser text. Element settings heading, n, variant. --%><pkt:list view='<%= ListPages.formatter(pageContext, "teaser") %>'/>
