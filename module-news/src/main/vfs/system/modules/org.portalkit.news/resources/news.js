/*
 * PortalKit News: the view beacon and the print button.
 *
 * The number of views on a news page comes from the server when the page is rendered; the page's HTML may be served
 * from the Flex cache or a proxy cache, so the view itself is counted by this script: it POSTs to the beacon URL in
 * data-pk-news-beacon and puts the current number into every [data-pk-news-views] of the article.
 * No inline event handlers, so the page works under a strict Content-Security-Policy.
 */
(function () {
  'use strict';

  function count(article) {
    if (article.getAttribute('data-pk-news-counted')) {
      return;
    }
    article.setAttribute('data-pk-news-counted', '1');
    var url = article.getAttribute('data-pk-news-beacon');
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
        var numbers = article.querySelectorAll('[data-pk-news-views]');
        for (var i = 0; i < numbers.length; i++) {
          numbers[i].textContent = String(data.views);
        }
      }
    })['catch'](function () {
      // no network or no counters: the number rendered by the server stays
    });
  }

  function init() {
    var articles = document.querySelectorAll('[data-pk-news-beacon]');
    for (var i = 0; i < articles.length; i++) {
      count(articles[i]);
    }
    var buttons = document.querySelectorAll('[data-pk-news-print]');
    for (var j = 0; j < buttons.length; j++) {
      if (!buttons[j].getAttribute('data-pk-news-bound')) {
        buttons[j].setAttribute('data-pk-news-bound', '1');
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
