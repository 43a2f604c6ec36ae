package quod.page;

/**
 * Relative links between pages. Every link names {@code index.html} explicitly, so the site works
 * from any URL prefix and when opened from disk, where a folder link would show a file listing.
 */
public final class PageLinks {
    private PageLinks() {
    }

    /** The prefix that leads from the page with this slug back to the site root, e.g. {@code ../}. */
    public static String rootFrom(String slug) {
        if (slug.isEmpty()) {
            return "";
        }
        return "../".repeat((int) slug.chars().filter(c -> c == '/').count() + 1);
    }

    /** The link to the page with slug {@code to}, relative to the site root. */
    public static String fromRoot(String to) {
        return to.isEmpty() ? "index.html" : to + "/index.html";
    }

    /** The canonical absolute URL of a page, or "" without a base URL. */
    public static String canonical(String baseUrl, String slug) {
        if (baseUrl.isEmpty()) {
            return "";
        }
        return slug.isEmpty() ? baseUrl : baseUrl + slug + "/";
    }

    /**
     * A page's name in ids on the print page, where all pages share one document: {@code index} for the
     * home page, else the slug with {@code /} as {@code _}, so that it needs no escaping in CSS selectors.
     */
    public static String printKey(String slug) {
        return slug.isEmpty() ? "index" : slug.replace('/', '_');
    }

    /** The id of a page's article on the print page, e.g. {@code page-notes_extra}. */
    public static String printAnchor(String slug) {
        return "page-" + printKey(slug);
    }
}
