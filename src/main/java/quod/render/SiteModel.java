package quod.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quod.QuodVersion;
import quod.config.SiteConfig;
import quod.markdown.Heading;

/** Builds the data templates see. Keys are documented in the README's template section. */
public final class SiteModel {
    private final SiteConfig config;
    private final String mathMode;
    private final String macrosJson;

    public SiteModel(SiteConfig config, String mathMode, String macrosJson) {
        this.config = config;
        this.mathMode = mathMode;
        this.macrosJson = macrosJson;
    }

    /** What the index and page templates know of a page. */
    public record PageEntry(String slug, String title, String summary, String html, List<Heading> headings) { }

    public Map<String, Object> forPage(PageEntry page, PageEntry prev, PageEntry next, List<PageEntry> all) {
        String root = PageLinks.rootFrom(page.slug());
        Map<String, Object> model = common(root, all);
        model.put("page", pageMap(page, root));
        model.put("prev", prev == null ? null : pageMap(prev, root));
        model.put("next", next == null ? null : pageMap(next, root));
        return model;
    }

    public Map<String, Object> forIndex(PageEntry home, List<PageEntry> all) {
        Map<String, Object> model = common("", all);
        model.put("page", home == null ? null : pageMap(home, ""));
        return model;
    }

    public Map<String, Object> forNotFound(List<PageEntry> all) {
        String root = config.baseUrl().isEmpty() ? "" : config.baseUrl();
        return common(root, all);
    }

    private Map<String, Object> common(String root, List<PageEntry> all) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", config.title());
        site.put("author", config.author());
        site.put("course", config.course());
        site.put("description", config.description());
        site.put("language", config.language());
        site.put("baseUrl", config.baseUrl());
        model.put("site", site);
        model.put("root", root);
        List<Map<String, Object>> pages = new ArrayList<>();
        for (PageEntry p : all) {
            pages.add(pageMap(p, root));
        }
        model.put("pages", pages);
        model.put("math", Map.of("mode", mathMode, "macrosJson", macrosJson));
        model.put("quod", Map.of("version", QuodVersion.current().quod()));
        return model;
    }

    private Map<String, Object> pageMap(PageEntry p, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", p.slug());
        m.put("title", p.title());
        m.put("summary", p.summary());
        m.put("url", root + PageLinks.fromRoot(p.slug()));
        m.put("canonical", PageLinks.canonical(config.baseUrl(), p.slug()));
        m.put("content", Templates.markup(p.html()));
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Heading h : p.headings()) {
            headings.add(Map.of("level", h.level(), "id", h.id(), "text", h.text()));
        }
        m.put("headings", headings);
        return m;
    }
}
