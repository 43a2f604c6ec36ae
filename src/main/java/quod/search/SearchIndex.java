package quod.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import quod.math.Json;
import quod.cache.FileCache;
import quod.math.EngineUnavailable;
import quod.page.PageLinks;
import quod.render.SiteModel.PageEntry;

/**
 * The search stage: from the pages as rendered, the site's search index, a script that sets
 * {@code window.quodSearch}. It is a script, loaded by a {@code <script>} tag, not JSON fetched at run time, so
 * that search works from a folder opened from disk and under any URL prefix (as mdBook's searchindex.js does).
 * It holds every section's page, heading and snippet, and lunr's index of their words; lunr builds it here, in
 * V8, and the reader's browser queries it with the same lunr, tokenising with the same separator. The index is
 * cached by the words it indexes: a build whose pages say the same does not start V8 for it.
 */
public final class SearchIndex {
    /** The index, and the lunr it is queried with, in the site. */
    public static final String PATH = "assets/search-index.js";
    public static final String LUNR_PATH = "assets/lunr/lunr.min.js";

    /**
     * What separates words, for lunr's tokenizer both here and in the browser: anything but a letter, a digit or
     * a point (so {@code 0.998} is one word, and a formula's {@code \Sigma^{-1}} is {@code Sigma} and {@code 1}).
     * Letters are listed by script, as ranges: Javet's V8 is built without ICU, so {@code \p{L}} is not there.
     */
    static final String SEPARATOR = "[^0-9A-Za-z.\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF"
            + "\\u0370-\\u03FF\\u0400-\\u052F\\u0590-\\u06FF\\u0900-\\u0E7F\\u1E00-\\u1FFF\\u3040-\\u30FF\\u3400-\\u9FFF"
            + "\\uAC00-\\uD7AF]";
    /** Bump when what is indexed from the same documents changes (the glue, the fields, their boosts). */
    private static final String FORMAT = "quod-search-1";

    private final FileCache cache;
    private final Path nativeFolder;
    /** lunr kept warm across builds ({@code quod serve}), or null to start it for this build alone. */
    private final WarmLunr warm;

    /**
     * @param cacheDir     where built indexes are kept, or null to keep none
     * @param nativeFolder where V8's native library is kept (see {@link quod.math.NativeLibrary}), or null
     */
    public SearchIndex(Path cacheDir, Path nativeFolder) {
        this(cacheDir, nativeFolder, null);
    }

    /** @param warm lunr kept across builds, or null */
    public SearchIndex(Path cacheDir, Path nativeFolder, WarmLunr warm) {
        this.cache = new FileCache(cacheDir);
        this.nativeFolder = nativeFolder;
        this.warm = warm;
    }

    /**
     * The index's script, or none with the reason when V8 cannot run here.
     *
     * @param engineStarted whether V8 was started to build it (false when it came from the cache)
     */
    public record Built(Optional<String> script, boolean engineStarted, String problem) {
    }

    /** Indexes {@code pages}, in reading order. */
    public Built build(List<PageEntry> pages) {
        return build(pages, (page, split) -> split.get());
    }

    /** Where a page's sections are kept from build to build ({@code quod serve}): by the page and its HTML. */
    public interface KeptSections {
        List<SearchSection> keep(PageEntry page, java.util.function.Supplier<List<SearchSection>> split);
    }

    /** As {@link #build(List)}, with each page's sections kept while the page is the same. */
    public Built build(List<PageEntry> pages, KeptSections kept) {
        List<SearchSection> sections = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageEntry p = pages.get(i);
            int page = i;
            sections.addAll(kept.keep(p, () -> PageSections.of(page, p.title(), p.html())).stream()
                    .map(s -> s.page() == page ? s : s.onPage(page)).toList());
        }
        String docs = documents(sections);
        String key = cache.key("search", FORMAT, LunrEngine.VERSION, SEPARATOR, docs);
        Optional<String> cached = cache.getString(key);
        if (cached.isPresent()) {
            return new Built(Optional.of(script(pages, sections, cached.get())), false, null);
        }
        String index;
        try {
            if (warm != null) {
                index = warm.lend(nativeFolder).index(docs, SEPARATOR);
            } else {
                try (LunrEngine lunr = LunrEngine.start(nativeFolder)) {
                    index = lunr.index(docs, SEPARATOR);
                }
            }
        } catch (EngineUnavailable e) {
            return new Built(Optional.empty(), false, e.getMessage());
        } catch (RuntimeException e) {
            if (warm != null) {
                warm.close();  // it may be half way through an index
            }
            throw e;
        }
        cache.putString(key, index);
        return new Built(Optional.of(script(pages, sections, index)), true, null);
    }

    /**
     * The files the site's pages query the index with, by their path in the site: lunr.min.js, and lunr's licence
     * beside it (its MIT licence asks that the notice travel with every copy, and the site is one).
     */
    public static Map<String, byte[]> assets() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(LUNR_PATH, LunrEngine.resource(LunrEngine.SCRIPT));
        files.put(LUNR_PATH.substring(0, LUNR_PATH.lastIndexOf('/') + 1) + "LICENSE", LunrEngine.resource(LunrEngine.LICENSE));
        return files;
    }

    /** What lunr indexes: each section's heading and text, in order; a section's ref is its position. */
    static String documents(List<SearchSection> sections) {
        StringBuilder json = new StringBuilder("[");
        for (SearchSection s : sections) {
            json.append(json.length() > 1 ? "," : "").append("{\"h\":").append(Json.quoteForScriptFile(s.heading()))
                    .append(",\"t\":").append(Json.quoteForScriptFile(s.text())).append('}');
        }
        return json.append(']').toString();
    }

    /**
     * The script: each page's address from the site's root and title, each section's page, anchor, heading and
     * snippet (the HTML a result shows), and lunr's index.
     */
    private static String script(List<PageEntry> pages, List<SearchSection> sections, String index) {
        StringBuilder js = new StringBuilder(index.length() * 2);
        js.append("// The site's search index (Quod; lunr ").append(LunrEngine.VERSION)
                .append("): a script, so that it loads from disk too.\nwindow.quodSearch={\"separator\":")
                .append(Json.quoteForScriptFile(SEPARATOR)).append(",\n\"pages\":[");
        for (int i = 0; i < pages.size(); i++) {
            PageEntry p = pages.get(i);
            js.append(i > 0 ? ",\n" : "").append('[').append(Json.quoteForScriptFile(PageLinks.fromRoot(p.slug()))).append(',')
                    .append(Json.quoteForScriptFile(p.title())).append(']');
        }
        js.append("],\n\"sections\":[");
        for (int i = 0; i < sections.size(); i++) {
            SearchSection s = sections.get(i);
            js.append(i > 0 ? ",\n" : "").append('[').append(s.page()).append(',').append(Json.quoteForScriptFile(s.anchor()))
                    .append(',').append(Json.quoteForScriptFile(s.headingHtml())).append(',').append(Json.quoteForScriptFile(s.snippetHtml()))
                    .append(']');
        }
        return js.append("],\n\"index\":").append(index).append("};\n").toString();
    }
}
