/*
 * PortalKit page script, shared by the content modules' pages (news, notices). No inline event handlers, so pages
 * work under a strict Content-Security-Policy. It reads only data attributes that the server wrote:
 *
 *   data-pk-beacon="<url>"   on an article: POSTs once to the view beacon, which counts the view (the HTML may come
 *                            from a cache, so the server cannot count it) and answers {"views":n}; n goes into every
 *                            [data-pk-views] inside the article.
 *   data-pk-visits="<url>"   on the site's visitor counter: POSTs once to the site's visit beacon, which counts the
 *                            visit and answers {"total":n,"today":n,"online":n}; the numbers go into the counter's
 *                            [data-pk-visits-total], [data-pk-visits-today] and [data-pk-visits-online], digits
 *                            grouped with the counter's data-pk-visits-group ("." in Vietnamese, "," in English).
 *   data-pk-print            on a button: prints the page.
 *   data-pk-new-until="<ms>" on a "new" badge: removed once that time (epoch milliseconds) has passed, so cached HTML
 *                            never shows a stale badge.
 */
(function () {
  'use strict';

  /**
   * POSTs once to the beacon URL in the element's attribute and hands the JSON answer to onData; without fetch,
   * network or counters nothing happens and the numbers the server rendered stay.
   */
  function beacon(element, attribute, onData) {
    if (element.getAttribute('data-pk-counted')) {
      return;
    }
    element.setAttribute('data-pk-counted', '1');
    var url = element.getAttribute(attribute);
    if (!url || !window.fetch) {
      return;
    }
    window.fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (data) {
      if (data) {
        onData(data);
      }
    })['catch'](function () {
      // no network or no counters: the numbers rendered by the server stay
    });
  }

  function count(article) {
    beacon(article, 'data-pk-beacon', function (data) {
      show(article, '[data-pk-views]', data.views, '');
    });
  }

  function grouped(number, separator) {
    var digits = String(number);
    return separator ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : digits;
  }

  function show(counter, selector, number, separator) {
    if (typeof number !== 'number') {
      return;
    }
    var fields = counter.querySelectorAll(selector);
    for (var i = 0; i < fields.length; i++) {
      fields[i].textContent = grouped(number, separator);
    }
  }

  function visit(counter) {
    var separator = counter.getAttribute('data-pk-visits-group') || '';
    beacon(counter, 'data-pk-visits', function (data) {
      show(counter, '[data-pk-visits-total]', data.total, separator);
      show(counter, '[data-pk-visits-today]', data.today, separator);
      show(counter, '[data-pk-visits-online]', data.online, separator);
    });
  }

  function expireBadges() {
    var now = Date.now();
    var badges = document.querySelectorAll('[data-pk-new-until]');
    for (var i = 0; i < badges.length; i++) {
      var until = parseInt(badges[i].getAttribute('data-pk-new-until'), 10);
      if (!isNaN(until) && until <= now && badges[i].parentNode) {
        badges[i].parentNode.removeChild(badges[i]);
      }
    }
  }

  function bindPrint(button) {
    if (!button.getAttribute('data-pk-bound')) {
      button.setAttribute('data-pk-bound', '1');
      button.addEventListener('click', function () {
        window.print();
      });
    }
  }

  function init() {
    expireBadges();
    var articles = document.querySelectorAll('[data-pk-beacon]');
    for (var i = 0; i < articles.length; i++) {
      count(articles[i]);
    }
    var counters = document.querySelectorAll('[data-pk-visits]');
    for (var k = 0; k < counters.length; k++) {
      visit(counters[k]);
    }
    var buttons = document.querySelectorAll('[data-pk-print]');
    for (var j = 0; j < buttons.length; j++) {
      bindPrint(buttons[j]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
