<%--
  pkt:linklist - a pk-linklist box ("THÔNG TIN CHUNG"): heading and list of links. Used by elements/linklist.jsp and
  formatters/linklist-box.jsp.

  Attributes:
    view    org.portalkit.template.linklist.LinkListView  required  title, items (text, href, link, newWindow, icon),
                                                                    error (shown instead of the box), stylesheet
    assets  java.lang.Boolean                             optional  true: writes the link of linklist.css (an element
                                                                    on a pk-page; a formatter has it as head include)

  Renders:
    <section class="pk-linklist"><h2 class="pk-linklist__title">TITLE</h2><ul class="pk-linklist__items">
      <li class="pk-linklist__item"><a class="pk-linklist__link" href="HREF" [target="_blank" rel="noopener"]>
        [<img class="pk-linklist__icon" src="ICON" width="24" height="24" alt="">]<span class="pk-linklist__text">TEXT</span></a></li>
      an item whose stored link is not safe: <li class="pk-linklist__item pk-linklist__item--text">[icon]<span
        class="pk-linklist__text">TEXT</span></li>
    </ul></section>
    or <section class="pk-linklist pk-linklist--error"><p class="pk-linklist__error">MESSAGE</p></section>
  The icon is decoration (alt=""): the text names the link.
  Encoding: every value is escaped here (c:out, fn:escapeXml); callers pass raw values.
--%><%@ tag pageEncoding="UTF-8" body-content="empty" trimDirectiveWhitespaces="true"
%><%@ attribute name="view" required="true" rtexprvalue="true" type="org.portalkit.template.linklist.LinkListView"
%><%@ attribute name="assets" required="false" rtexprvalue="true" type="java.lang.Boolean"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><c:if test="${assets and not empty view.stylesheet}"><link rel="stylesheet" href="${fn:escapeXml(view.stylesheet)}">
</c:if><c:choose><c:when test="${not empty view.error}"><section class="pk-linklist pk-linklist--error"><p class="pk-linklist__error"><c:out value="${view.error}"/></p></section></c:when><c:otherwise><section class="pk-linklist"><h2 class="pk-linklist__title"><c:out value="${view.title}"/></h2><ul class="pk-linklist__items"><c:forEach var="item" items="${view.items}"><c:choose><c:when test="${item.link}"><li class="pk-linklist__item"><a class="pk-linklist__link" href="${fn:escapeXml(item.href)}"<c:if test="${item.newWindow}"> target="_blank" rel="noopener"</c:if>><c:if test="${not empty item.icon}"><img class="pk-linklist__icon" src="${fn:escapeXml(item.icon)}" width="24" height="24" alt=""></c:if><span class="pk-linklist__text"><c:out value="${item.text}"/></span></a></li></c:when><c:otherwise><li class="pk-linklist__item pk-linklist__item--text"><c:if test="${not empty item.icon}"><img class="pk-linklist__icon" src="${fn:escapeXml(item.icon)}" width="24" height="24" alt=""></c:if><span class="pk-linklist__text"><c:out value="${item.text}"/></span></li></c:otherwise></c:choose></c:forEach></ul></section></c:otherwise></c:choose>
