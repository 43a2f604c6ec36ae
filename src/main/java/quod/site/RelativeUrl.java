package quod.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import quod.page.SiteLinks;

/**
 * Reads an {@code href} or {@code src} written on a page of the site the way a browser does, with
 * {@link java.net.URI}: {@code ./} and {@code ../} are resolved against the page's folder, the query and
 * fragment are kept apart, {@code %XX} escapes are decoded and {@code '+'} stays {@code '+'} (only form data
 * turns it into a space). The link checker and the print page both read links through this one class, so
 * they cannot disagree on where a link points.
 */
final class RelativeUrl {
    /** What RFC 3986 allows in a path, query or fragment besides letters and digits; '%' is checked by URI. */
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/%";

    /** Where a link leads; see {@link #resolve}. */
    sealed interface Resolution permits Target, Outside, Malformed {
    }

    /**
     * A file of the site.
     *
     * @param path        its path from the site root, decoded ({@code a/b c.png}); it ends in '/' for a folder
     * @param rawPath     the same path as written in a URL ({@code a/b%20c.png})
     * @param rawQuery    the query as written, or null when there is none
     * @param rawFragment the fragment as written, or null when there is none
     * @param fragment    the fragment decoded, or null when there is none
     */
    record Target(String path, String rawPath, String rawQuery, String rawFragment, String fragment)
            implements Resolution {
    }

    /** The link climbs above the site root with {@code ../}. */
    record Outside() implements Resolution {
    }

    /** A '%' in the link does not start a two-hex-digit escape. */
    record Malformed() implements Resolution {
    }

    private RelativeUrl() {
    }

    /** Whether a link leaves the site: it has a scheme ({@code https:}, {@code mailto:}, ...) or starts with {@code //}. */
    static boolean isExternal(String url) {
        return SiteLinks.isExternal(url);
    }

    /**
     * Where the relative link {@code url} (not external, not starting with {@code /}) leads from the page at
     * {@code from}, a decoded path from the site root ({@code notes/b/index.html}). A link with an empty path
     * ({@code #x}, {@code ?q}) leads to {@code from} itself.
     */
    static Resolution resolve(String from, String url) {
        URI relative;
        try {
            relative = new URI(quote(url));
        } catch (URISyntaxException e) {
            return new Malformed();
        }
        URI resolved;
        if (relative.getRawPath().isEmpty()) {
            // URI.resolve("") drops the base's last segment (JDK-4666701); RFC 3986 keeps the document
            resolved = page(from);
        } else {
            resolved = page(from).resolve(relative);
        }
        String rawPath = resolved.getRawPath();
        if (rawPath.equals("/..") || rawPath.startsWith("/../")) {
            return new Outside();  // URI keeps a '..' it cannot remove, as RFC 3986 does not
        }
        return new Target(resolved.getPath().substring(1), rawPath.substring(1), relative.getRawQuery(),
                relative.getRawFragment(), relative.getFragment());
    }

    /** The page at {@code from} as an absolute path URI, '%' and other characters a path cannot hold escaped. */
    private static URI page(String from) {
        try {
            return new URI(null, null, "/" + from, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + from, e);  // our own paths always are
        }
    }

    /**
     * Escapes what {@link URI} refuses but a browser tolerates in an href (spaces, brackets, non-ASCII, a '#'
     * inside the fragment) and leaves '%' for URI to check. Only the first '?' before the fragment starts a query,
     * and only the first '#' starts the fragment.
     */
    private static String quote(String url) {
        int hash = url.indexOf('#');
        String beforeFragment = hash >= 0 ? url.substring(0, hash) : url;
        int question = beforeFragment.indexOf('?');
        StringBuilder out = new StringBuilder(url.length() + 8);
        if (question >= 0) {
            // a leading "x:" would read as a scheme: a browser only sees one when it is really there, and
            // isExternal has already sent those away, so "./" keeps such a path relative
            out.append(escape(pathPrefix(beforeFragment.substring(0, question)), ""))
                    .append('?').append(escape(beforeFragment.substring(question + 1), "?"));
        } else {
            out.append(escape(pathPrefix(beforeFragment), ""));
        }
        if (hash >= 0) {
            out.append('#').append(escape(url.substring(hash + 1), "?"));
        }
        return out.toString();
    }

    private static String pathPrefix(String path) {
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        return colon >= 0 && (slash < 0 || colon < slash) ? "./" + path : path;
    }

    private static String escape(String part, String alsoAllowed) {
        StringBuilder out = new StringBuilder(part.length());
        for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0 || alsoAllowed.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
