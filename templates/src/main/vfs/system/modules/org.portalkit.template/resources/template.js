/*
 * PortalKit site frame script (templates/frame.jsp). Without it the main navigation is an open list that wraps.
 * With it, on screens narrower than 48em, the list collapses behind the menu button ([aria-controls] of
 * .pk-nav__toggle), which toggles aria-expanded and the class pk-nav--open. No inline handlers (CSP script-src 'self').
 */
(function () {
  'use strict';
  var small = window.matchMedia ? window.matchMedia('(max-width: 47.99em)') : null;

  function setUp() {
    var nav = document.getElementById('pk-nav');
    var toggle = nav ? nav.querySelector('.pk-nav__toggle') : null;
    if (!toggle || !small) {
      return;
    }
    function apply() {
      var collapsible = small.matches;
      document.documentElement.classList.toggle('pk-nav-collapsible', collapsible);
      toggle.hidden = !collapsible;
      if (!collapsible) {
        nav.classList.remove('pk-nav--open');
        toggle.setAttribute('aria-expanded', 'false');
      }
    }
    toggle.addEventListener('click', function () {
      var open = !nav.classList.contains('pk-nav--open');
      nav.classList.toggle('pk-nav--open', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    if (small.addEventListener) {
      small.addEventListener('change', apply);
    } else if (small.addListener) {
      small.addListener(apply);
    }
    apply();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
}());
