package quod.search;

/**
 * One document of the search index: a page's part from one heading to the next (or its opening part, under
 * the page's title). What is indexed is {@code heading} and {@code text}, plain words with each formula's TeX;
 * what a result shows is {@code headingHtml} and {@code snippetHtml}, with formulas rendered.
 *
 * @param page        the index of the page in the index's list of pages
 * @param anchor      the heading's id, or "" for the page's opening part
 * @param heading     the heading as indexed: its words, and its formulas as TeX
 * @param headingHtml the heading as a result shows it
 * @param text        the part's words, formulas as TeX, as indexed
 * @param snippetHtml the start of the part's prose as a result shows it, "" when it has none
 */
public record SearchSection(int page, String anchor, String heading, String headingHtml, String text,
                            String snippetHtml) {
    /** The same part, of the page at {@code index} (a page kept from the build before may have moved). */
    SearchSection onPage(int index) {
        return new SearchSection(index, anchor, heading, headingHtml, text, snippetHtml);
    }
}
