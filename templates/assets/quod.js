// Quod: the theme toggle, and every <details> open while printing. Pages work fully without this script.
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpToggle);
  } else {
    setUpToggle();
  }
})();
