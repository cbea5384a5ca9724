<%--
  pkt:list - a pk-list as a whole: heading, messages, facets, items, pager or "show more" link, "show all" link.
  Used by formatters/list-*.jsp, elements/list.jsp and elements/list-page.jsp. On publish the module's export point
  copies this folder to WEB-INF/tags/portalkit-template/; JSPs declare
  taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template".

  Attributes:
    view         org.portalkit.template.list.ListView  required  the list (ListPages builds it)
    pageHeading  java.lang.Boolean                     optional  true: the page writes the heading as its h1, the
                                                                 list writes none; false (default): an h2
    assets       java.lang.Boolean                     optional  true: writes the link of list.css and the script
                                                                 list.js (for elements included into pages whose
                                                                 head does not have them); default false

  Renders:
    <section class="pk-list pk-list--VARIANT" data-pk-list="ID-VARIANT" data-pk-list-total="N" lang="vi">
      <h2 class="pk-list__heading">…</h2> <p class="pk-list__error">…</p> <p class="pk-list__note">…</p>
      pkt:facets, <ul class="pk-list__items"> pkt:item … </ul> or <p class="pk-list__empty">…</p>, pkt:pager,
      <p class="pk-list__more"><a class="pk-list__more-link" rel="next" data-pk-list-more href="…">Xem thêm</a></p>,
      <p class="pk-list__all"><a class="pk-list__all-link" href="…">Xem tất cả</a></p>
    </section>
  Encoding: every value is escaped here or in the tags it uses (c:out, fn:escapeXml).
--%><%@ tag pageEncoding="UTF-8" body-content="empty" trimDirectiveWhitespaces="true"
%><%@ attribute name="view" required="true" rtexprvalue="true" type="org.portalkit.template.list.ListView"
%><%@ attribute name="pageHeading" required="false" rtexprvalue="true" type="java.lang.Boolean"
%><%@ attribute name="assets" required="false" rtexprvalue="true" type="java.lang.Boolean"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%@ taglib prefix="pkt" tagdir="/WEB-INF/tags/portalkit-template"
%><c:if test="${assets and not empty view.stylesheet}"><link rel="stylesheet" href="${fn:escapeXml(view.stylesheet)}">
<script src="${fn:escapeXml(view.script)}" defer></script>
</c:if><section class="pk-list pk-list--${fn:escapeXml(view.variant)}" data-pk-list="${fn:escapeXml(view.id)}" data-pk-list-total="${fn:escapeXml(view.total)}" lang="${fn:escapeXml(view.lang)}">
<c:if test="${not pageHeading and not empty view.heading}"><h2 class="pk-list__heading"><c:out value="${view.heading}"/></h2>
</c:if><c:if test="${not empty view.error}"><p class="pk-list__error"><c:out value="${view.error}"/></p>
</c:if><c:if test="${empty view.error}"><c:if test="${not empty view.note}"><p class="pk-list__note"><c:out value="${view.note}"/></p>
</c:if><c:if test="${not empty view.facets}"><pkt:facets facets="${view.facets}" label="${view.text['pklist.facets']}" topLevel="${pageHeading}"/>
</c:if><c:choose><c:when test="${empty view.items}"><p class="pk-list__empty"><c:out value="${view.emptyText}"/></p>
</c:when><c:otherwise><ul class="pk-list__items">
<c:forEach var="item" items="${view.items}"><pkt:item item="${item}" variant="${view.variant}"/>
</c:forEach></ul>
</c:otherwise></c:choose><c:if test="${not empty view.pager}"><pkt:pager pager="${view.pager}" label="${view.text['pklist.pager']}" previousLabel="${view.text['pklist.previous']}" nextLabel="${view.text['pklist.next']}"/>
</c:if><c:if test="${not empty view.moreHref}"><p class="pk-list__more"><a class="pk-list__more-link" rel="next" data-pk-list-more href="${fn:escapeXml(view.moreHref)}"><c:out value="${view.text['pklist.more']}"/></a></p>
</c:if><c:if test="${not empty view.allLink}"><p class="pk-list__all"><a class="pk-list__all-link" href="${fn:escapeXml(view.allLink)}"><c:out value="${view.text['pklist.all']}"/></a></p>
</c:if></c:if></section>
