<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.template.linklist.LinkLists"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><%--
  Link list element: a pk-linklist box placed on a page (e.g. a pk-page Element
  /system/modules/org.portalkit.template/elements/linklist.jsp?path=/.content/linklists/thong-tin-chung.xml).
  Setting (only from the including page, never from the visitor's query string): path (site path of a pk-linklist of
  the current site). Anything else shows a message instead of the box. See templates/README.md.
--%><pkt:linklist view="<%= LinkLists.element(pageContext) %>" assets="true"/>
