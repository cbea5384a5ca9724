/*
 * PortalKit banners (module-banners/README.md). No inline script: pages load this file with "defer".
 * 1. Expiry: a banner with data-pk-until (epoch ms) disappears at that time, also in pages served from a cache
 *    (the server stops writing it once OpenCms has expired it; this covers HTML cached by the Flex cache, proxies
 *    and browsers). The check runs at load and again at the next expiry time of the page.
 * 2. Rotation: in a zone with data-pk-banners="rotate", one banner is shown, chosen by data-pk-weight (a banner's
 *    chance is its weight divided by the sum of the weights); the others get "hidden". Without JavaScript all are
 *    shown, in order.
 */
(function () {
  'use strict';

  function items(root) {
    return Array.prototype.slice.call(root.querySelectorAll('.pk-banners__item'));
  }

  function weight(item) {
    var w = parseInt(item.getAttribute('data-pk-weight'), 10);
    return w >= 1 && w <= 100 ? w : 1;
  }

  /** The item chosen for random in [0, 1): the same rule as BannerItem.chooseByWeight on the server. */
  function choose(list, random) {
    var total = 0;
    var i;
    for (i = 0; i < list.length; i++) {
      total += weight(list[i]);
    }
    var point = random * total;
    var sum = 0;
    for (i = 0; i < list.length; i++) {
      sum += weight(list[i]);
      if (point < sum) {
        return list[i];
      }
    }
    return list[list.length - 1];
  }

  function rotate(zone) {
    var list = items(zone);
    if (list.length === 0) {
      return;
    }
    var chosen = choose(list, Math.random());
    list.forEach(function (item) {
      item.hidden = item !== chosen;
    });
    zone.setAttribute('data-pk-rotated', 'true');
  }

  var timer = null;

  function update() {
    var now = Date.now();
    var next = Infinity;
    Array.prototype.slice.call(document.querySelectorAll('.pk-banners__item[data-pk-until]')).forEach(function (item) {
      var until = Number(item.getAttribute('data-pk-until'));
      if (!isFinite(until)) {
        return;
      }
      if (until <= now) {
        var zone = item.closest('.pk-banners');
        item.parentNode.removeChild(item);
        if (zone && items(zone).length === 0) {
          zone.parentNode.removeChild(zone);
        } else if (zone && zone.getAttribute('data-pk-banners') === 'rotate') {
          rotate(zone);
        }
      } else if (until < next) {
        next = until;
      }
    });
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    if (next !== Infinity) {
      timer = setTimeout(update, Math.min(next - now + 50, 2147483647));
    }
  }

  function start() {
    Array.prototype.slice.call(document.querySelectorAll('.pk-banners[data-pk-banners="rotate"]')).forEach(rotate);
    update();
  }

  if (typeof module !== 'undefined' && module.exports) {
    // tests (Node): the choice by weight, on plain objects {weight: n}
    module.exports = { choose: function (list, random) {
      return choose(list.map(function (o) {
        return { o: o, getAttribute: function () { return String(o.weight); } };
      }), random).o;
    } };
  }
  if (typeof document === 'undefined' || window.pkBanners) {
    // no page (tests), or the script is already running: every zone element names it
    return;
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
  window.pkBanners = { choose: choose, update: update };
})();
