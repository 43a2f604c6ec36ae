// --math client: render the TeX that Quod left in the page with KaTeX's auto-render, with the very
// settings a build renders with (macros, maxSize, maxExpand, trust), which Quod writes into the page.
document.addEventListener("DOMContentLoaded", function () {
  var options = JSON.parse(document.getElementById("quod-katex-options").textContent);
  var allowed = options.trust;
  // trust: only the commands site.yml lists, and their URLs only if http, https or mailto
  options.trust = function (context) {
    return allowed.commands.indexOf(context.command) >= 0
        && (!("url" in context) || allowed.protocols.indexOf(context.protocol) >= 0);
  };
  options.throwOnError = false; // an error shows in place, in red, instead of stopping the page's math
  options.delimiters = [
    {left: "\\[", right: "\\]", display: true},
    {left: "\\(", right: "\\)", display: false}
  ];
  renderMathInElement(document.body, options);
  // for what scripts add later: the search box's results show formulas as TeX until rendered
  window.quodRenderMath = function (element) {
    renderMathInElement(element, options);
  };
});
