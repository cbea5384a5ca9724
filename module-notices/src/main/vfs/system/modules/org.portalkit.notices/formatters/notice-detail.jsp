<%@ page pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" import="org.portalkit.notices.NoticePages"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><%--
  Notice, detail view. Formatter of pk-notice (formatters/detail.xml); elements/notice-page.jsp and elements/print.jsp
  include it. Every value is encoded here (c:out, fn:escapeXml) except the body HTML (sanitized by NoticeView) and the
  JSON-LD (JSON-encoded by NoticeJsonLd).
--%><c:set var="notice" value="<%= NoticePages.detail(pageContext) %>"
/><c:set var="print" value="${not empty requestScope['org.portalkit.notices.print']}"
/><c:choose><c:when test="${notice.found}"><c:set var="n" value="${notice.notice}"/>
<article class="pk-notice pk-notice--detail" lang="${fn:escapeXml(notice.lang)}"<c:if test="${not print}"> data-pk-beacon="${fn:escapeXml(notice.beaconUrl)}"</c:if>>
<p class="pk-notice__kind"><c:out value="${notice.text['notices.box.title']}"/></p>
<h1 class="pk-notice__title"><c:out value="${n.title}"/></h1>
<table class="pk-notice__meta">
<c:if test="${not empty n.number}"><tr class="pk-notice__meta-number"><th scope="row"><c:out value="${notice.text['notices.number']}"/></th><td><c:out value="${n.number}"/></td></tr>
</c:if><c:if test="${not empty n.issuingUnit}"><tr class="pk-notice__meta-unit"><th scope="row"><c:out value="${notice.text['notices.unit']}"/></th><td><c:out value="${n.issuingUnit}"/></td></tr>
</c:if><c:if test="${not empty notice.issueDateText}"><tr class="pk-notice__meta-date"><th scope="row"><c:out value="${notice.text['notices.issueDate']}"/></th><td><time datetime="${fn:escapeXml(notice.issueDateIso)}"><c:out value="${notice.issueDateText}"/></time></td></tr>
</c:if><c:if test="${not empty notice.deadlineText}"><tr class="pk-notice__meta-deadline<c:if test="${notice.deadlinePassed}"> pk-notice__meta-deadline--passed</c:if>"><th scope="row"><c:out value="${notice.text['notices.deadline']}"/></th><td><time datetime="${fn:escapeXml(notice.deadlineIso)}"><c:out value="${notice.deadlineText}"/></time><c:if test="${notice.deadlinePassed}">${' '}<span class="pk-notice__passed"><c:out value="${notice.text['notices.deadlinePassed']}"/></span></c:if></td></tr>
</c:if><c:if test="${not empty n.categories}"><tr class="pk-notice__meta-categories"><th scope="row"><c:out value="${notice.text['notices.categories']}"/></th><td><c:forEach var="category" items="${n.categories}" varStatus="s"><c:if test="${not s.first}">, </c:if><c:out value="${category}"/></c:forEach></td></tr>
</c:if></table>
<c:if test="${not empty n.summary}"><p class="pk-notice__summary"><c:out value="${n.summary}"/></p>
</c:if><c:if test="${not empty notice.bodyHtml}"><div class="pk-notice__body">${notice.bodyHtml}</div>
</c:if><c:if test="${not empty notice.documents}"><section class="pk-notice__documents"><h2 class="pk-notice__heading"><c:out value="${notice.text['notices.documents']}"/></h2><ul class="pk-notice__document-list"><c:forEach var="file" items="${notice.documents}"><li class="pk-notice__document"><a class="pk-notice__document-link" href="${fn:escapeXml(file.href)}"><c:out value="${file.text}"/></a>${' '}<span class="pk-notice__document-info">(<c:if test="${not empty file.kind}"><c:out value="${file.kind}"/>, </c:if><c:out value="${file.size}"/>)</span></li></c:forEach></ul></section>
</c:if><p class="pk-notice__footer"><c:out value="${notice.text['notices.views']}"/> : <span class="pk-notice__views" data-pk-views><c:out value="${notice.views}"/></span></p>
<c:if test="${not print}"><p class="pk-notice__actions"><a class="pk-notice__back" href="${fn:escapeXml(notice.backUrl)}"><c:out value="${notice.text['notices.back']}"/></a> <a class="pk-notice__print" href="${fn:escapeXml(notice.printUrl)}" target="_blank" rel="noopener"><c:out value="${notice.text['notices.print']}"/></a></p>
<c:if test="${empty requestScope['org.portalkit.notices.page']}"><script type="application/ld+json">${notice.jsonLd}</script>
</c:if></c:if></article>
<c:if test="${not print}"><script src="${fn:escapeXml(notice.scriptUrl)}" defer></script>
</c:if></c:when><c:otherwise><p class="pk-notice pk-notice--missing"><c:out value="${notice.text['notices.notFound']}"/></p>
</c:otherwise></c:choose>
