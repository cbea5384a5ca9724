<%--
  pkt:item - one item of a pk-list, as the list's variant shows it. Used by pkt:list.

  Attributes:
    item     org.portalkit.template.list.ListEntry  required  the item: title, link, dateText (dd/MM/yyyy), dateIso,
                                                              teaser, image (empty: not shown)
    variant  java.lang.String                       required  full (title, date, teaser), latest (title, date),
                                                              compact (title), teaser (image, title, date, teaser)

  Renders:
    <li class="pk-list__item">[teaser: <a class="pk-list__image-link" href="LINK" tabindex="-1" aria-hidden="true">
      <img class="pk-list__image" src="IMAGE" alt="" loading="lazy"></a><h3 class="pk-list__title">]
      <a class="pk-list__link" href="LINK">TITLE</a>[</h3>]
      <time class="pk-list__date" datetime="ISO">DATE</time> <p class="pk-list__teaser">TEASER</p></li>
  The image is decorative (alt=""): the title that follows names the item and links to it.
  Encoding: every value is escaped here (c:out, fn:escapeXml); callers pass raw values.
--%><%@ tag pageEncoding="UTF-8" body-content="empty" trimDirectiveWhitespaces="true"
%><%@ attribute name="item" required="true" rtexprvalue="true" type="org.portalkit.template.list.ListEntry"
%><%@ attribute name="variant" required="true" rtexprvalue="true" type="java.lang.String"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><c:set var="card" value="${variant eq 'teaser'}"/><li class="pk-list__item"><c:if test="${card and not empty item.image}"><a class="pk-list__image-link" href="${fn:escapeXml(item.link)}" tabindex="-1" aria-hidden="true"><img class="pk-list__image" src="${fn:escapeXml(item.image)}" alt="" loading="lazy"></a></c:if><c:if test="${card}"><h3 class="pk-list__title"></c:if><a class="pk-list__link" href="${fn:escapeXml(item.link)}"><c:out value="${item.title}"/></a><c:if test="${card}"></h3></c:if><c:if test="${variant ne 'compact' and not empty item.dateText}">${' '}<time class="pk-list__date" datetime="${fn:escapeXml(item.dateIso)}"><c:out value="${item.dateText}"/></time></c:if><c:if test="${(card or variant eq 'full') and not empty item.teaser}"><p class="pk-list__teaser"><c:out value="${item.teaser}"/></p></c:if></li>
