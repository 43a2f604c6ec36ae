// Quod: the theme toggle, every <details> open while printing, and only scrolling boxes in the tab order.
// Pages work fully without this script.
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = "quod-theme";
  var systemDark = window.matchMedia("(prefers-color-scheme: dark)");

  function theme() {
    var chosen = root.getAttribute("data-theme");
    return chosen === "light" || chosen === "dark" ? chosen : (systemDark.matches ? "dark" : "light");
  }

  function setUpToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) {
      return;
    }
    function show() {
      button.setAttribute("aria-pressed", String(theme() === "dark"));
    }
    button.addEventListener("click", function () {
      var next = theme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        localStorage.setItem(KEY, next);
      } catch (e) {
        // Storage can be off (private mode, file:// in some browsers): the choice lasts for this page.
      }
      show();
    });
    if (systemDark.addEventListener) {
      systemDark.addEventListener("change", show);
    }
    show();
    button.hidden = false;
  }

  // CSS cannot open <details>; open the closed ones for printing and close them again afterwards.
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.open = true;
      openedForPrint.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (d) {
      d.open = false;
    });
    openedForPrint = [];
  });

  // Every formula and table box is focusable in the HTML, so keyboard users can scroll the ones that
  // are too wide. A box that fits has nothing to scroll: it leaves the tab order, and comes back
  // when the window narrows (or a font arrives) and it overflows. A box in a block not laid out yet
  // (content-visibility: auto, off screen) stays in the tab order until the block is laid out.
  function focusOnlyBoxesThatScroll() {
    var boxes = document.querySelectorAll(".scroll-box");
    function update() {
      boxes.forEach(function (box) {
        if (box.checkVisibility && !box.checkVisibility({contentVisibilityAuto: true})) {
          box.setAttribute("tabindex", "0");  // as in the HTML, until it can be measured
          return;
        }
        if (box.scrollWidth > box.clientWidth + 1) {
          box.setAttribute("tabindex", "0");
        } else if (document.activeElement !== box) {
          box.removeAttribute("tabindex");
        }
      });
    }
    if (!boxes.length || !window.ResizeObserver) {
      return;
    }
    var observer = new ResizeObserver(update);
    boxes.forEach(function (box) {
      observer.observe(box);
    });
    if (document.fonts && document.fonts.ready) {
      document.fonts.ready.then(update);
    }
    // a block coming into view is laid out: its boxes can be measured now
    document.addEventListener("contentvisibilityautostatechange", update, true);
  }

  function setUp() {
    setUpToggle();
    focusOnlyBoxesThatScroll();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
