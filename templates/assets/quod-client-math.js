// --math client: render the TeX that Quod left in the page with KaTeX's auto-render.
document.addEventListener("DOMContentLoaded", function () {
  var macros = JSON.parse(document.getElementById("quod-katex-macros").textContent);
  renderMathInElement(document.body, {
    delimiters: [
      {left: "\\[", right: "\\]", display: true},
      {left: "\\(", right: "\\)", display: false}
    ],
    macros: macros,
    throwOnError: false,
    output: "htmlAndMathml"
  });
});
