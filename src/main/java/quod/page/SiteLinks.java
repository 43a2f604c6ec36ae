package quod.page;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a relative link written in a page's Markdown file leads from the page's HTML file. Authors write
 * links relative to the Markdown file, as in Hugo page bundles, MyST and Quarto: {@code images/bar.png} in
 * {@code 01-eigen.md} means {@code content/images/bar.png}. The page is written one folder deeper
 * ({@code 01-eigen/index.html}), so the link becomes {@code ../images/bar.png}; and a link to another
 * page's Markdown file ({@code 02-pca.md#problem-1}) becomes a link to that page
 * ({@code ../02-pca/index.html#problem-1}), as in mdBook, MyST and Quarto.
 *
 * <p>External links ({@code https:}, {@code mailto:}, {@code //host}), links starting with {@code /} (the link
 * checker reports those), and links to the page itself ({@code #x}, {@code ?q}) are left as written. Paths are
 * rewritten as written, percent-escapes and all: only matching a {@code .md} file to a page decodes them. A
 * link that climbs above the content folder stays above the site root, so that the link checker reports it.
 */
public final class SiteLinks {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** What RFC 3986 allows in a path besides ASCII letters and digits. */
    private static final String PATH_CHARACTERS = "-._~!$&'()*+,;=:@/";

    private final Map<String, String> slugBySource;

    /** @param slugBySource every page of the site: its Markdown file's path in the content folder -> its slug */
    public SiteLinks(Map<String, String> slugBySource) {
        this.slugBySource = Map.copyOf(slugBySource);
    }

    /** Two are equal when they hold the same pages (a rebuild of {@code quod serve} reuses a page's HTML while they are). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SiteLinks other && slugBySource.equals(other.slugBySource);
    }

    @Override
    public int hashCode() {
        return slugBySource.hashCode();
    }

    /** Whether a link leaves the site: it has a scheme ({@code https:}, {@code mailto:}, ...) or starts with {@code //}. */
    public static boolean isExternal(String url) {
        return SCHEME.matcher(url).find() || url.startsWith("//");
    }

    /**
     * The link as the page's HTML must hold it.
     *
     * @param source the page's Markdown file, as a path in the content folder ({@code notes/deep.md})
     * @param url    the link as Markdown gives it (backslash escapes and entities already read)
     */
    public String inHtml(String source, String url) {
        String slug = slugBySource.get(source);
        if (slug == null) {
            throw new IllegalArgumentException("not a page of the site: " + source);  // our own call, always one
        }
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("?") || url.startsWith("/") || isExternal(url)) {
            return url;
        }
        int end = firstOf(url, '?', '#');
        String path = url.substring(0, end);
        String rest = url.substring(end);
        // folders as a URL spells them, so that a folder named "100%" or "my notes" joins the written path
        String sourceFolder = escaped(folderOf(source));
        String outputFolder = slug.isEmpty() ? "" : escaped(slug) + "/";
        List<String> target = normalised(sourceFolder + path);
        String targetPath = String.join("/", target);
        String page = slugBySource.get(decoded(targetPath));
        if (page != null) {
            return relative(outputFolder, escaped(PageLinks.fromRoot(page))) + rest;
        }
        if (outputFolder.equals(sourceFolder)) {
            return url;  // index.md: the page's folder is the Markdown file's folder
        }
        if (!target.isEmpty() && target.get(0).equals("..")) {
            // above the content folder: kept above the site root, where the link checker reports it
            return PageLinks.rootFrom(slug) + targetPath + rest;
        }
        return relative(outputFolder, targetPath) + rest;
    }

    /** The folder of a path in the content folder, with a trailing slash: {@code notes/} or "". */
    public static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? (j < 0 ? s.length() : j) : (j < 0 ? i : Math.min(i, j));
    }

    /**
     * The path's segments with {@code .} and {@code ..} removed as RFC 3986 does; a path ending in a folder
     * keeps an empty last segment, so it still ends in '/' when joined. {@code ..} that climbs above the
     * root is kept at the front.
     */
    private static List<String> normalised(String path) {
        List<String> out = new ArrayList<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".") || s.equals("..")) {
                if (s.equals("..")) {
                    if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                        out.remove(out.size() - 1);
                    } else {
                        out.add("..");
                    }
                }
                if (last) {
                    out.add("");
                }
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** {@code target} (a path from the site root) as a link from the folder {@code from} ("" or ending in '/'). */
    public static String relative(String from, String target) {
        String[] folders = from.isEmpty() ? new String[0] : from.substring(0, from.length() - 1).split("/");
        String[] parts = target.split("/", -1);
        int common = 0;
        while (common < folders.length && common < parts.length - 1 && folders[common].equals(parts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder("../".repeat(folders.length - common));
        for (int i = common; i < parts.length; i++) {
            out.append(parts[i]);
            if (i < parts.length - 1) {
                out.append('/');
            }
        }
        String link = out.toString();
        if (link.isEmpty()) {
            return "./";  // the page's own folder; an empty link would be the page itself
        }
        // a first segment with ':' would read as a scheme (a browser sees "c:d.png" as the scheme "c")
        int colon = link.indexOf(':');
        int slash = link.indexOf('/');
        return colon >= 0 && (slash < 0 || colon < slash) ? "./" + link : link;
    }

    /**
     * A path as a URL holds it: what RFC 3986 allows in a path as it is, anything else (a space, '%', '#', '?',
     * non-ASCII) percent-escaped, so that a page named {@code 100% sure.md} is linked as {@code 100%25%20sure/}.
     */
    private static String escaped(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || PATH_CHARACTERS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** Percent-escapes decoded, '+' kept (it is a space only in form data); malformed escapes as written. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
