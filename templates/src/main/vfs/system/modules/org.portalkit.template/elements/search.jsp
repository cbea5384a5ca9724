<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
    import="org.portalkit.template.SiteSearch"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  Site search element (org.portalkit.template.SiteSearch, portal-core's SearchEngine; docs/search.md).
  Settings (from the page only): n (hits per page, default 10, at most 50), folder (site-relative folder searched,
  default the whole site), heading (default "Tìm kiếm"/"Search"), hideHeading=true (no heading); box=true shows only the search box, a GET form to the search page named by action
  (site-relative folder, default /tim-kiem/). Visitor parameters: q, page, type, cat, sort.
  Every value is written encoded; the snippets come encoded from portal-core (text escaped, <mark> around matches).
--%><c:set var="search" value="<%= SiteSearch.of(pageContext) %>"
/><link rel="stylesheet" href="${fn:escapeXml(search.stylesheet)}">
<c:choose><c:when test="${search.box}"><form class="pk-search-box" role="search" method="get" action="${fn:escapeXml(search.action)}" lang="${fn:escapeXml(search.lang)}">
<label class="pk-search-box__label" for="pk-search-box-q"><c:out value="${search.text['search.label']}"/></label>
<input class="pk-search-box__input" id="pk-search-box-q" type="search" name="q" maxlength="200" placeholder="${fn:escapeXml(search.text['search.placeholder'])}">
<button class="pk-search-box__submit" type="submit"><c:out value="${search.text['search.submit']}"/></button>
</form></c:when><c:otherwise><section class="pk-search" lang="${fn:escapeXml(search.lang)}">
<c:if test="${not empty search.heading}"><h2 class="pk-search__heading"><c:out value="${search.heading}"/></h2>
</c:if><form class="pk-search__form" role="search" method="get" action="${fn:escapeXml(search.action)}">
<label class="pk-search__label" for="pk-search-q"><c:out value="${search.text['search.label']}"/></label>
<input class="pk-search__input" id="pk-search-q" type="search" name="q" maxlength="200" value="${fn:escapeXml(search.query)}" placeholder="${fn:escapeXml(search.text['search.placeholder'])}">
<button class="pk-search__submit" type="submit"><c:out value="${search.text['search.submit']}"/></button>
</form>
<c:if test="${not empty search.error}"><p class="pk-search__error" role="alert"><c:out value="${search.error}"/></p>
</c:if><c:choose><c:when test="${not search.searched}"><p class="pk-search__intro"><c:out value="${search.text['search.intro']}"/></p>
</c:when><c:when test="${search.total == 0}"><div class="pk-search__none">
<p class="pk-search__empty"><c:out value="${search.text['search.empty']}"/></p>
<c:if test="${not empty search.suggestions}"><p class="pk-search__suggestions"><c:out value="${search.text['search.didYouMean']}"/><c:forEach var="s" items="${search.suggestions}">${' '}<a class="pk-search__suggestion" rel="nofollow" href="${fn:escapeXml(s.href)}"><c:out value="${s.label}"/></a></c:forEach></p>
</c:if><p class="pk-search__help"><c:out value="${search.text['search.help']}"/></p>
</div></c:when><c:otherwise><p class="pk-search__summary" role="status"><c:out value="${search.summary}"/></p>
<nav class="pk-search__sort" aria-label="${fn:escapeXml(search.text['search.sort'])}"><c:out value="${search.text['search.sort']}"/>:<c:forEach var="s" items="${search.sorts}">${' '}<c:choose><c:when test="${s.selected}"><strong class="pk-search__sort-current" aria-current="true"><c:out value="${s.label}"/></strong></c:when><c:otherwise><a class="pk-search__sort-link" rel="nofollow" href="${fn:escapeXml(s.href)}"><c:out value="${s.label}"/></a></c:otherwise></c:choose></c:forEach></nav>
<c:forEach var="facet" items="${search.facets}"><c:if test="${not empty facet.links}"><nav class="pk-search__facet" aria-label="${fn:escapeXml(facet.label)}"><c:choose><c:when test="${empty search.heading}"><h2 class="pk-search__facet-heading"><c:out value="${facet.label}"/></h2></c:when><c:otherwise><h3 class="pk-search__facet-heading"><c:out value="${facet.label}"/></h3></c:otherwise></c:choose><ul class="pk-search__facet-values">
<c:forEach var="f" items="${facet.links}"><li><a class="pk-search__facet-link<c:if test="${f.selected}"> pk-search__facet-link--selected</c:if>"<c:if test="${f.nofollow}"> rel="nofollow"</c:if><c:if test="${f.selected}"> aria-current="true"</c:if> href="${fn:escapeXml(f.href)}"><c:out value="${f.label}"/></a> <span class="pk-search__facet-count">(<c:out value="${f.count}"/>)</span></li>
</c:forEach></ul></nav>
</c:if></c:forEach><c:choose><c:when test="${empty search.heading}"><h2 class="pk-search__results-heading"><c:out value="${search.text['search.results']}"/></h2></c:when><c:otherwise><h3 class="pk-search__results-heading"><c:out value="${search.text['search.results']}"/></h3></c:otherwise></c:choose>
<ol class="pk-search__hits">
<c:forEach var="hit" items="${search.hits}"><li class="pk-search__hit"><a class="pk-search__hit-title" href="${fn:escapeXml(hit.link)}"><c:out value="${hit.title}"/></a>
<span class="pk-search__hit-type"><c:out value="${hit.type}"/></span><c:if test="${not empty hit.date}">${' '}<time class="pk-search__hit-date" datetime="${fn:escapeXml(hit.isoDate)}"><c:out value="${hit.date}"/></time></c:if>
<%-- snippetHtml is HTML made by portal-core: every character of the text encoded, only <mark> added --%><p class="pk-search__snippet">${hit.snippetHtml}</p></li>
</c:forEach></ol>
<c:set var="pager" value="${search.pager}"/><c:if test="${not empty pager and pager.needed}"><nav class="pk-search__pager" aria-label="${fn:escapeXml(search.text['search.pager'])}"><c:if test="${not empty pager.previous}"><a class="pk-search__pager-previous" rel="prev<c:if test="${pager.nofollow}"> nofollow</c:if>" href="${fn:escapeXml(pager.previous.href)}"><c:out value="${search.text['search.previous']}"/></a>${' '}</c:if><c:forEach var="p" items="${pager.pages}"><c:choose><c:when test="${p.current}"><span class="pk-search__pager-page pk-search__pager-page--current" aria-current="page"><c:out value="${p.number}"/></span></c:when><c:otherwise><a class="pk-search__pager-page"<c:if test="${pager.nofollow}"> rel="nofollow"</c:if> href="${fn:escapeXml(p.href)}"><c:out value="${p.number}"/></a></c:otherwise></c:choose>${' '}</c:forEach><c:if test="${not empty pager.next}"><a class="pk-search__pager-next" rel="next<c:if test="${pager.nofollow}"> nofollow</c:if>" href="${fn:escapeXml(pager.next.href)}"><c:out value="${search.text['search.next']}"/></a></c:if></nav></c:if>
</c:otherwise></c:choose></section></c:otherwise></c:choose>
