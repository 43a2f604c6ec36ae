// Quod: the search box. The index is a script (assets/search-index.js, which sets window.quodSearch), loaded
// with lunr the first time the box is used: a <script> tag loads from disk (file://) and under any URL prefix,
// where fetching JSON would not. lunr tokenises a query with the separator the index was built with, so the
// words typed are cut and stemmed as the indexed words were.
(function () {
  "use strict";
  var MAX_RESULTS = 12;

  function setUp() {
    var form = document.querySelector(".site-search");
    if (!form) {
      return;
    }
    var root = form.getAttribute("data-root") || "";
    var input = form.querySelector("input");
    var panel = form.querySelector(".search-results");
    var list = panel.querySelector("ul");
    var status = form.querySelector(".search-status");
    var index = null;
    var data = null;
    var loading = false;
    var failed = false;

    function load() {
      if (index || loading || failed) {
        return;
      }
      loading = true;
      script(root + "assets/lunr/lunr.min.js", function () {
        script(root + "assets/search-index.js", function () {
          data = window.quodSearch;
          lunr.tokenizer.separator = new RegExp(data.separator);
          index = lunr.Index.load(data.index);
          loading = false;
          search();
        });
      });
    }

    function script(src, then) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = then;
      s.onerror = function () {
        loading = false;
        failed = true;
        show([], "Search is not available: its index did not load.");
      };
      document.head.appendChild(s);
    }

    // Every word is required; the last one, still being typed, also matches longer words (expo finds exposure).
    function query(text) {
      var words = [];
      lunr.tokenizer(text).forEach(function (token) {
        var t = lunr.stopWordFilter(lunr.trimmer(token));
        if (t && t.toString()) {
          words.push(t);
        }
      });
      var typing = !/\s$/.test(text);
      return function (q) {
        words.forEach(function (token, i) {
          if (typing && i === words.length - 1) {
            q.term(lunr.stemmer(token).toString(), {
              usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, presence: lunr.Query.presence.REQUIRED
            });
          } else {
            q.term(token.toString(), {presence: lunr.Query.presence.REQUIRED});
          }
        });
      };
    }

    function search() {
      var text = input.value;
      if (!text.trim()) {
        close();
        status.textContent = "";
        return;
      }
      if (!index) {
        load();
        if (!failed) {
          show([], "Loading the index…");
        }
        return;
      }
      var found = index.query(query(text)).slice(0, MAX_RESULTS);
      show(found, found.length ? "" : "No results for “" + text.trim() + "”.");
    }

    function show(found, message) {
      list.textContent = "";
      found.forEach(function (result) {
        var section = data.sections[Number(result.ref)];
        var page = data.pages[section[0]];
        var a = document.createElement("a");
        a.href = root + page[0] + (section[1] ? "#" + section[1] : "");
        var heading = document.createElement("span");
        heading.className = "search-heading";
        heading.innerHTML = section[2];  // HTML of the site's own pages, made at build time
        a.appendChild(heading);
        if (section[1]) {
          var where = document.createElement("span");
          where.className = "search-page";
          where.textContent = page[1];
          a.appendChild(where);
        }
        if (section[3]) {
          var snippet = document.createElement("span");
          snippet.className = "search-snippet";
          snippet.innerHTML = section[3];
          a.appendChild(snippet);
        }
        var li = document.createElement("li");
        li.appendChild(a);
        list.appendChild(li);
      });
      if (message) {
        var li = document.createElement("li");
        li.className = "search-message";
        li.textContent = message;
        list.appendChild(li);
      }
      status.textContent = message || (found.length === 1 ? "1 result" : found.length + " results");
      panel.hidden = false;
      if (window.quodRenderMath) {
        window.quodRenderMath(list);  // --math client: snippets hold TeX for KaTeX
      }
    }

    function close() {
      panel.hidden = true;
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a"));
    }

    input.addEventListener("focus", load);
    input.addEventListener("input", search);
    form.addEventListener("submit", function (e) {
      e.preventDefault();  // Enter opens the first result
      var first = links()[0];
      if (first) {
        first.click();
      }
    });
    form.addEventListener("keydown", function (e) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && all.length) {
        e.preventDefault();
        panel.hidden = false;
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (e.key === "ArrowUp" && at >= 0) {
        e.preventDefault();
        (at === 0 ? input : all[at - 1]).focus();
      } else if (e.key === "Escape") {
        close();
        input.focus();
      }
    });
    input.addEventListener("click", function () {
      if (input.value.trim() && list.firstChild) {
        panel.hidden = false;
      }
    });
    // the results close when focus or a click goes elsewhere on the page
    form.addEventListener("focusout", function (e) {
      if (!e.relatedTarget || !form.contains(e.relatedTarget)) {
        close();
      }
    });
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
    form.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
