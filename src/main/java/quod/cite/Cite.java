package quod.cite;

/**
 * One work cited, as written in {@code [see @key, p. 3]}.
 *
 * @param key            the BibTeX key
 * @param prefix         text before the key ("see"), or ""
 * @param locator        where in the work ("3"), or ""
 * @param label          what the locator counts (a CSL locator term: "page", "chapter", ...), or "" for a page
 * @param suffix         text after the key and locator, with the comma before it if one was written, or ""
 * @param suppressAuthor {@code [-@key]}: the year (or number) without the author, who is named in the text
 */
public record Cite(String key, String prefix, String locator, String label, String suffix, boolean suppressAuthor) {
}
