/**
 * What every stage knows about a page of the site: its table of contents and how pages link to each
 * other. The Markdown stage fills it in and the template stage reads it, so neither imports the other.
 */
package quod.page;
