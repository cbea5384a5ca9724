/*
 * PortalKit lists: enhances the "Xem thêm" / "Show more" link of a pk-list (a[data-pk-list-more]). Without this
 * script the link opens the next page of the list; with it, the next page is fetched and its items are appended to
 * the list in place, and the link moves on to the page after (or goes away on the last page). The list is found in
 * the fetched page by its data-pk-list value. On any failure the browser simply follows the link.
 */
(function () {
  'use strict';
  if (!window.fetch || !window.DOMParser || !Element.prototype.closest) {
    return;
  }
  function sameList(doc, id) {
    var lists = doc.querySelectorAll('[data-pk-list]');
    for (var i = 0; i < lists.length; i++) {
      if (lists[i].getAttribute('data-pk-list') === id) {
        return lists[i];
      }
    }
    return null;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-pk-list-more]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var list = link.closest('[data-pk-list]');
    var items = list && list.querySelector('.pk-list__items');
    if (!items) {
      return;
    }
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') {
      return;
    }
    link.setAttribute('aria-busy', 'true');
    var target = link.href;
    fetch(target, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var next = sameList(new DOMParser().parseFromString(html, 'text/html'), list.getAttribute('data-pk-list'));
        var nextItems = next && next.querySelector('.pk-list__items');
        if (!nextItems) {
          throw new Error('list not found');
        }
        var first = null;
        while (nextItems.firstElementChild) {
          var item = document.importNode(nextItems.firstElementChild, true);
          nextItems.removeChild(nextItems.firstElementChild);
          items.appendChild(item);
          first = first || item;
        }
        var nextLink = next.querySelector('a[data-pk-list-more]');
        if (nextLink) {
          link.setAttribute('href', nextLink.getAttribute('href'));
          link.removeAttribute('aria-busy');
        } else {
          link.parentNode.parentNode.removeChild(link.parentNode);
        }
        var focusable = first && first.querySelector('a.pk-list__link');
        if (focusable) {
          focusable.focus();
        }
      })
      .catch(function () {
        window.location.href = target;
      });
  });
})();
