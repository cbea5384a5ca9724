<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.template.list.ListPages"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><%--
  List element: a pk-list configuration placed on a page (e.g. a pk-page Element
  /system/modules/org.portalkit.template/elements/list.jsp?path=/tin-tuc/index.html&variant=latest&n=10&more=/tin-tuc/).
  Settings (only from the including page, never from the visitor's query string): path (site path of the pk-list),
  variant (full, latest, compact, teaser; default full), heading (instead of the list's title), n (items, at most 50;
  default the list's own), more (site folder of an "all items" link). The visitor's page and facet selections count
  as the list allows. See templates/README.md.
--%><pkt:list view="<%= ListPages.element(pageContext) %>" assets="true"/>
