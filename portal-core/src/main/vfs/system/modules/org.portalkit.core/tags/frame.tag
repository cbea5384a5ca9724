<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
    description="One part of a page inside the site's frame (org.portalkit.core.page.PageFrame): the frame the site names in its property pk.frame, or a plain document when it names none."
    import="org.portalkit.core.page.PageFrame"
%><%@ attribute name="part" required="true" description="head: the document up to inside head (the page then writes its title and meta tags); top: the end of the head up to the start of the main region; bottom: the rest of the document." 
%><%@ attribute name="lang" description="The page's language tag: the document's lang; the frame draws itself in this language when the site has it (an error page under /en/ in English)."
%><%@ attribute name="title" description="The page's title, for the frame's breadcrumb (part top)."
%><%@ attribute name="bodyClass" description="CSS class of body and main (plain document only)."
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"
%><c:set var="frame" value="<%= PageFrame.of((javax.servlet.jsp.PageContext)getJspContext()) %>"/><c:choose><c:when test="${frame.present}"><cms:include page="${frame.jsp}"><cms:param name="part" value="${part}"/><c:if test="${not empty lang}"><cms:param name="lang" value="${lang}"/></c:if><c:if test="${part eq 'top'}"><cms:param name="title" value="${title}"/></c:if></cms:include></c:when><c:when test="${part eq 'head'}"><!DOCTYPE html>
<html lang="${fn:escapeXml(lang)}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
</c:when><c:when test="${part eq 'top'}"></head>
<body class="${fn:escapeXml(bodyClass)}">
<main class="${fn:escapeXml(bodyClass)}__main">
</c:when><c:when test="${part eq 'bottom'}"></main>
</body>
</html>
</c:when></c:choose>
