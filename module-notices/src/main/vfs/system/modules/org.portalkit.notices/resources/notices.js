/*
 * PortalKit Notices: view beacon, print button and the expiry of "Mới" badges.
 *
 * The page's HTML may come from the Flex cache or a proxy, so (1) the view is counted by POSTing to the URL in
 * data-pk-notice-beacon, which answers the current number for every [data-pk-notice-views]; (2) a badge whose
 * data-pk-new-until (epoch milliseconds) has passed is removed. No inline handlers: works under a strict CSP.
 */
(function () {
  'use strict';

  function count(article) {
    if (article.getAttribute('data-pk-notice-counted')) {
      return;
    }
    article.setAttribute('data-pk-notice-counted', '1');
    var url = article.getAttribute('data-pk-notice-beacon');
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
      if (data && typeof data.views === 'number') {
        var numbers = article.querySelectorAll('[data-pk-notice-views]');
        for (var i = 0; i < numbers.length; i++) {
          numbers[i].textContent = String(data.views);
        }
      }
    })['catch'](function () {
      // no network or no counters: the number rendered by the server stays
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

  function init() {
    expireBadges();
    var articles = document.querySelectorAll('[data-pk-notice-beacon]');
    for (var i = 0; i < articles.length; i++) {
      count(articles[i]);
    }
    var buttons = document.querySelectorAll('[data-pk-notice-print]');
    for (var j = 0; j < buttons.length; j++) {
      if (!buttons[j].getAttribute('data-pk-notice-bound')) {
        buttons[j].setAttribute('data-pk-notice-bound', '1');
        buttons[j].addEventListener('click', function () {
          window.print();
        });
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
