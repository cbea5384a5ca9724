<%--
  pkt:pager - the numbered pager of a pk-list (portal-core's PagerView: links built by portal-core after the page's
  own link). Used by pkt:list.

  Attributes:
    pager          org.portalkit.core.list.PagerView  required  the pager (only written when it has more than one page)
    label          java.lang.String                   required  the navigation's accessible name ("Các trang")
    previousLabel  java.lang.String                   required  text of the link to the previous page
    nextLabel      java.lang.String                   required  text of the link to the next page

  Renders:
    <nav class="pk-list__pager" aria-label="LABEL"><a class="pk-list__pager-previous" rel="prev" href="…">…</a>
      <a class="pk-list__pager-page" href="…">1</a> <span class="pk-list__pager-page pk-list__pager-page--current"
      aria-current="page">2</span> … <a class="pk-list__pager-next" rel="next" href="…">…</a></nav>
  Links to pages of facet combinations carry rel="nofollow" as well.
  Encoding: every value is escaped here (c:out, fn:escapeXml).
--%><%@ tag pageEncoding="UTF-8" body-content="empty" trimDirectiveWhitespaces="true"
%><%@ attribute name="pager" required="true" rtexprvalue="true" type="org.portalkit.core.list.PagerView"
%><%@ attribute name="label" required="true" rtexprvalue="true" type="java.lang.String"
%><%@ attribute name="previousLabel" required="true" rtexprvalue="true" type="java.lang.String"
%><%@ attribute name="nextLabel" required="true" rtexprvalue="true" type="java.lang.String"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><c:if test="${pager.needed}"><nav class="pk-list__pager" aria-label="${fn:escapeXml(label)}"><c:if test="${not empty pager.previous}"><a class="pk-list__pager-previous" rel="prev<c:if test="${pager.nofollow}"> nofollow</c:if>" href="${fn:escapeXml(pager.previous.href)}"><c:out value="${previousLabel}"/></a>${' '}</c:if><c:forEach var="p" items="${pager.pages}"><c:choose><c:when test="${p.current}"><span class="pk-list__pager-page pk-list__pager-page--current" aria-current="page"><c:out value="${p.number}"/></span></c:when><c:otherwise><a class="pk-list__pager-page"<c:if test="${pager.nofollow}"> rel="nofollow"</c:if> href="${fn:escapeXml(p.href)}"><c:out value="${p.number}"/></a></c:otherwise></c:choose>${' '}</c:forEach><c:if test="${not empty pager.next}"><a class="pk-list__pager-next" rel="next<c:if test="${pager.nofollow}"> nofollow</c:if>" href="${fn:escapeXml(pager.next.href)}"><c:out value="${nextLabel}"/></a></c:if></nav></c:if>
