/**
 * Citations: reading BibTeX files (JBibTeX, through citeproc-java's converter), choosing a CSL style, and
 * formatting a page's citations and reference list with citeproc-java. Knows nothing of Markdown: the
 * markdown stage hands it the page's citations as plain records and gets HTML back.
 */
package quod.cite;
