<%--
  pkt:facets - the facets of a pk-list: per facet a heading and its values, each a link that selects the value (or
  unselects it when selected) with the number of items. Used by pkt:list.

  Attributes:
    facets  java.util.List (of org.portalkit.template.list.FacetView)  required  the facets
    label   java.lang.String                                           required  the navigation's accessible name
    topLevel java.lang.Boolean                                         optional  true: headings are h2 (the list is the
                                                                                 page's own, under its h1); else h3

  Renders:
    <nav class="pk-list__facets" aria-label="LABEL"><div class="pk-list__facet pk-list__facet--category">
      <h3 class="pk-list__facet-heading">Chuyên mục</h3><ul class="pk-list__facet-values">
      <li class="pk-list__facet-value [pk-list__facet-value--selected]"><a class="pk-list__facet-link" href="…"
      [rel="nofollow"] [aria-current="true"]>LABEL <span class="pk-list__facet-count">(N)</span></a></li> … </ul></div>
    </nav>
  A link to a combination of two or more selections carries rel="nofollow" (crawlers do not walk every
  combination). Encoding: every value is escaped here (c:out, fn:escapeXml).
--%><%@ tag pageEncoding="UTF-8" body-content="empty" trimDirectiveWhitespaces="true"
%><%@ attribute name="facets" required="true" rtexprvalue="true" type="java.util.List"
%><%@ attribute name="label" required="true" rtexprvalue="true" type="java.lang.String"
%><%@ attribute name="topLevel" required="false" rtexprvalue="true" type="java.lang.Boolean"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><nav class="pk-list__facets" aria-label="${fn:escapeXml(label)}"><c:forEach var="facet" items="${facets}"><div class="pk-list__facet pk-list__facet--${fn:escapeXml(facet.name)}"><c:choose><c:when test="${topLevel}"><h2 class="pk-list__facet-heading"><c:out value="${facet.heading}"/></h2></c:when><c:otherwise><h3 class="pk-list__facet-heading"><c:out value="${facet.heading}"/></h3></c:otherwise></c:choose><ul class="pk-list__facet-values"><c:forEach var="v" items="${facet.values}"><li class="pk-list__facet-value<c:if test="${v.selected}"> pk-list__facet-value--selected</c:if>"><a class="pk-list__facet-link" href="${fn:escapeXml(v.href)}"<c:if test="${v.nofollow}"> rel="nofollow"</c:if><c:if test="${v.selected}"> aria-current="true"</c:if>><c:out value="${v.label}"/>${' '}<span class="pk-list__facet-count">(<c:out value="${v.count}"/>)</span></a></li></c:forEach></ul></div></c:forEach></nav>
