<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.template.linklist.LinkLists"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><%-- pk-linklist formatter "box" (formatters/linklist.xml): the title and the links. linklist.css is a head include. --%><pkt:linklist view="<%= LinkLists.formatter(pageContext) %>"/>
