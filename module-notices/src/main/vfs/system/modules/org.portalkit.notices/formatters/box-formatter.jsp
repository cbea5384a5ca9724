<%@ page pageEncoding="UTF-8" contentType="text/html; charset=UTF-8" session="false" trimDirectiveWhitespaces="true"
%><%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"
%><%@ taglib prefix="cms" uri="http://www.opencms.org/taglib/cms"
%><%--
  Formatter "box" of pk-notice (formatters/box.xml) for container pages: whatever notice the editor placed, the
  element shows the THÔNG BÁO box (elements/notice-box.jsp) with the element settings n, folder, category and more;
  the box checks each value (an invalid one gives the box's default or its error text).
--%><c:set var="settings" value="${cms.element.settings}"/><cms:include page="/system/modules/org.portalkit.notices/elements/notice-box.jsp"><c:forEach var="name" items="n,folder,category,more"><c:if test="${not empty settings[name]}"><cms:param name="${name}" value="${settings[name]}"/></c:if></c:forEach></cms:include>
