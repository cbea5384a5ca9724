<%--
  pkn:item - one news entry of a list: the title as a link to the article, its date and, if asked for, its views.
  Used by elements/latest-news.jsp, elements/most-read.jsp, formatters/news-detail.jsp (related news) and
  formatters/news-compact.jsp. On publish the module's export point copies this folder to
  WEB-INF/tags/portalkit-news/; JSPs declare  taglib prefix="pkn" tagdir="/WEB-INF/tags/portalkit-news".

  Attributes:
    item        org.portalkit.news.NewsListItem  required  the entry; its title, link (server-relative, from OpenCms'
                                                            link substitution), dateText (dd/MM/yyyy; empty: no date)
                                                            and views are written
    viewsLabel  java.lang.String                 optional  when not empty, the views follow the date, then this text
                                                            (e.g. "lượt xem"); empty or left out: no views
    compact     java.lang.Boolean                optional  false (default): a list entry <li>; true: the paragraph of
                                                            the compact formatter <p>

  Renders (parts separated by one blank, no line break around it):
    <li class="pk-news__item"><a class="pk-news__item-link" href="LINK">TITLE</a>
      <span class="pk-news__item-date">(DATE)</span> <span class="pk-news__item-views">VIEWS LABEL</span></li>
  or, with compact="true":
    <p class="pk-news pk-news--compact"><a class="pk-news__title-link" href="LINK">TITLE</a>
      <span class="pk-news__date">(DATE)</span></p>

  CSS classes: pk-news__item, pk-news__item-link, pk-news__item-date, pk-news__item-views; compact: pk-news,
  pk-news--compact, pk-news__title-link, pk-news__date.
  Encoding: every value is escaped here (c:out, fn:escapeXml); callers pass the raw values.
--%><%@ tag pageEncoding="UTF-8" body-content="empty" trimDirectiveWhitespaces="true"
%><%@ attribute name="item" required="true" rtexprvalue="true" type="org.portalkit.news.NewsListItem"
%><%@ attribute name="viewsLabel" required="false" rtexprvalue="true" type="java.lang.String"
%><%@ attribute name="compact" required="false" rtexprvalue="true" type="java.lang.Boolean"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><c:choose><c:when test="${compact}"><p class="pk-news pk-news--compact"><a class="pk-news__title-link" href="${fn:escapeXml(item.link)}"><c:out value="${item.title}"/></a><c:if test="${not empty item.dateText}">${' '}<span class="pk-news__date">(<c:out value="${item.dateText}"/>)</span></c:if></p></c:when><c:otherwise><li class="pk-news__item"><a class="pk-news__item-link" href="${fn:escapeXml(item.link)}"><c:out value="${item.title}"/></a><c:if test="${not empty item.dateText}">${' '}<span class="pk-news__item-date">(<c:out value="${item.dateText}"/>)</span></c:if><c:if test="${not empty viewsLabel}">${' '}<span class="pk-news__item-views"><c:out value="${item.views}"/>${' '}<c:out value="${viewsLabel}"/></span></c:if></li></c:otherwise></c:choose><%--
--%>