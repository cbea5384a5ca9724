/*
 * PortalKit reading toolbar: text size (A- A A+) and high contrast, remembered in the browser.
 *
 * Load it in <head>, WITHOUT defer or async, after toolbar.css:
 *
 *   <link rel="stylesheet" href="/system/modules/org.portalkit.template/resources/toolbar.css">
 *   <script src="/system/modules/org.portalkit.template/resources/toolbar.js"></script>
 *
 * so that the remembered state is on <html> before the body is drawn (no flash of the default size).
 *
 * Markup contract (the server writes all text, translated; this script never writes visible text):
 *
 *   <div class="pk-toolbar" data-pk-toolbar role="group" aria-label="{toolbar.label}">
 *     <button type="button" data-pk-text="smaller" aria-label="{toolbar.smaller}" title="{toolbar.smaller}">A&minus;</button>
 *     <button type="button" data-pk-text="reset" aria-label="{toolbar.reset}" title="{toolbar.reset}">A</button>
 *     <button type="button" data-pk-text="larger" aria-label="{toolbar.larger}" title="{toolbar.larger}">A+</button>
 *     <button type="button" data-pk-contrast aria-pressed="false" aria-label="{toolbar.contrast}"
 *             title="{toolbar.contrast}">&#9680;</button>
 *   </div>
 *
 * Several toolbars on one page (say, header and footer) all work and stay in step.
 *
 * What it does:
 * - at once, on document.documentElement (<html>): adds "pk-js" (toolbar.css shows [data-pk-toolbar] only then, so
 *   without JavaScript no dead buttons are shown), "pk-text-<n>" for the remembered step n (-2..3, none for 0;
 *   the negative steps are pk-text--2 and pk-text--1) and "pk-contrast" when high contrast is on;
 * - on DOMContentLoaded: binds the buttons (no inline handlers: works under CSP script-src 'self'; one click listener
 *   per toolbar, which it marks data-pk-bound="true"), sets aria-pressed on the contrast buttons and disables
 *   A- / A+ at the ends of the scale (the disabled attribute);
 * - stores the state in localStorage under "pk.textSize" (the step, "-2".."3") and "pk.contrast" ("1" or "0");
 *   without localStorage (private mode, blocked storage) it still works for the page, it just forgets.
 *
 * Steps and the root font-size toolbar.css gives them, as a share of --pk-root-size (default 100%, the reader's
 * browser setting): -2 = 87.5%, -1 = 93.75%, 0 = 100% (no class), 1 = 112.5%, 2 = 125%, 3 = 150%. Sizes in rem
 * (and em, %) follow; sizes in px do not, so the layout should use rem.
 *
 * ES5, no libraries.
 */
(function (window, document) {
    'use strict';

    /* Text size steps; the percentages live in toolbar.css (html.pk-text-<n>). 0 is the default size. */
    var MIN = -2;
    var MAX = 3;
    var SIZE_KEY = 'pk.textSize';
    var CONTRAST_KEY = 'pk.contrast';
    var root = document.documentElement;

    function storageGet(key) {
        try {
            return window.localStorage ? window.localStorage.getItem(key) : null;
        } catch (e) {
            return null;
        }
    }

    function storageSet(key, value) {
        try {
            if (window.localStorage) {
                window.localStorage.setItem(key, value);
            }
        } catch (e) {
            /* storage full or refused: the state lasts for this page only */
        }
    }

    function hasClass(name) {
        return (' ' + root.className + ' ').indexOf(' ' + name + ' ') >= 0;
    }

    function addClass(name) {
        if (!hasClass(name)) {
            root.className = root.className ? root.className + ' ' + name : name;
        }
    }

    function removeClass(name) {
        root.className = (' ' + root.className + ' ').replace(new RegExp(' ' + name + '(?= )', 'g'), ' ')
            .replace(/^\s+|\s+$/g, '').replace(/\s+/g, ' ');
    }

    function clampStep(value) {
        var n = parseInt(value, 10);
        if (isNaN(n)) {
            return 0;
        }
        return Math.max(MIN, Math.min(MAX, n));
    }

    var state = {
        step: clampStep(storageGet(SIZE_KEY)),
        contrast: storageGet(CONTRAST_KEY) === '1'
    };

    function applyClasses() {
        var n;
        for (n = MIN; n <= MAX; n++) {
            removeClass('pk-text-' + n);
        }
        if (state.step !== 0) {
            addClass('pk-text-' + state.step);
        }
        if (state.contrast) {
            addClass('pk-contrast');
        } else {
            removeClass('pk-contrast');
        }
    }

    function each(selector, fn) {
        var list = document.querySelectorAll(selector);
        var i;
        for (i = 0; i < list.length; i++) {
            fn(list[i]);
        }
    }

    function updateButtons() {
        each('[data-pk-toolbar] [data-pk-text="smaller"]', function (button) {
            button.disabled = state.step <= MIN;
        });
        each('[data-pk-toolbar] [data-pk-text="larger"]', function (button) {
            button.disabled = state.step >= MAX;
        });
        each('[data-pk-toolbar] [data-pk-contrast]', function (button) {
            button.setAttribute('aria-pressed', state.contrast ? 'true' : 'false');
        });
    }

    function setStep(step) {
        state.step = clampStep(step);
        storageSet(SIZE_KEY, String(state.step));
        applyClasses();
        updateButtons();
    }

    function setContrast(on) {
        state.contrast = !!on;
        storageSet(CONTRAST_KEY, state.contrast ? '1' : '0');
        applyClasses();
        updateButtons();
    }

    function onClick(event) {
        var target = event.target;
        /* the button itself, or the element inside it that was clicked */
        while (target && target !== document && !(target.getAttribute && (target.hasAttribute('data-pk-text')
                || target.hasAttribute('data-pk-contrast')))) {
            target = target.parentNode;
        }
        if (!target || target === document || target.disabled) {
            return;
        }
        if (target.hasAttribute('data-pk-contrast')) {
            setContrast(!state.contrast);
            return;
        }
        var action = target.getAttribute('data-pk-text');
        if (action === 'smaller') {
            setStep(state.step - 1);
        } else if (action === 'larger') {
            setStep(state.step + 1);
        } else if (action === 'reset') {
            setStep(0);
        }
    }

    function bind() {
        each('[data-pk-toolbar]', function (toolbar) {
            if (toolbar.getAttribute('data-pk-bound') !== 'true') {
                toolbar.setAttribute('data-pk-bound', 'true');
                toolbar.addEventListener('click', onClick, false);
            }
        });
        updateButtons();
    }

    /* Another tab changed the setting: follow it. */
    function onStorage(event) {
        if (event.key === SIZE_KEY || event.key === CONTRAST_KEY || event.key === null) {
            state.step = clampStep(storageGet(SIZE_KEY));
            state.contrast = storageGet(CONTRAST_KEY) === '1';
            applyClasses();
            updateButtons();
        }
    }

    addClass('pk-js');
    applyClasses();
    if (window.addEventListener) {
        window.addEventListener('storage', onStorage, false);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', bind, false);
    } else {
        bind();
    }
}(window, document));
