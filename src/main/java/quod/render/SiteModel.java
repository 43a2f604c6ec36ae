package quod.render;

import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import quod.page.PageLinks;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import quod.config.SiteConfig;
import quod.page.Heading;
import quod.math.KatexOptions;

/** Builds the data templates see. Keys are documented in the README's template section. */
public final class SiteModel {
    private final SiteConfig config;
    private final String mathMode;
    private final KatexOptions katex;
    private final String quodVersion;
    /** The {@link LazyPages} handed out for the list of pages last asked for, one per root. */
    private final List<LazyPages> shared = new ArrayList<>();

    /** The sections, by slug, in order. */
    private final Map<String, SectionInfo> sections = new LinkedHashMap<>();
    /** Wraps the fields of a page that templates read one by one ({@link LazyPage}), as {@link Templates} would. */
    private final ObjectWrapper wrapper = new SimpleObjectWrapper(Configuration.VERSION_2_3_34);

    public SiteModel(SiteConfig config, String mathMode, KatexOptions katex, String quodVersion) {
        this(config, mathMode, katex, quodVersion, List.of());
    }

    public SiteModel(SiteConfig config, String mathMode, KatexOptions katex, String quodVersion, List<SectionInfo> sections) {
        sections.forEach(s -> this.sections.put(s.slug(), s));
        this.config = config;
        this.mathMode = mathMode;
        this.katex = katex;
        this.quodVersion = quodVersion;
    }

    /**
     * What the index and page templates know of a page. Its HTML is held as UTF-8: KaTeX's zero-width spaces make
     * a String of it two bytes a character, and a build holds every page's HTML until the templates have run
     * (1,000 pages of 30 formulas: 140 MB rather than 280 MB).
     */
    public static final class PageEntry {
        private final String slug;
        private final String title;
        private final String summary;
        private final byte[] html;
        private final List<Heading> headings;
        private final String section;

        public PageEntry(String slug, String title, String summary, String html, List<Heading> headings) {
            this(slug, title, summary, html, headings, "");
        }

        /** @param section the slug of the section the page is in (its index page too), or "" */
        public PageEntry(String slug, String title, String summary, String html, List<Heading> headings, String section) {
            this.section = section;
            this.slug = slug;
            this.title = title;
            this.summary = summary;
            this.html = html.getBytes(StandardCharsets.UTF_8);
            this.headings = List.copyOf(headings);
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }

        public String summary() {
            return summary;
        }

        public String html() {
            return new String(html, StandardCharsets.UTF_8);
        }

        public List<Heading> headings() {
            return headings;
        }

        public String section() {
            return section;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PageEntry p && slug.equals(p.slug) && Objects.equals(title, p.title)
                    && Objects.equals(summary, p.summary) && Arrays.equals(html, p.html) && headings.equals(p.headings) && section.equals(p.section);
        }

        @Override
        public int hashCode() {
            return Objects.hash(slug, title, summary, Arrays.hashCode(html), headings, section);
        }

        @Override
        public String toString() {
            return "PageEntry[" + slug + "]";
        }
    }

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

    /**
     * The print page at {@code print/index.html}: {@code pages} holds every page, home first; {@code home}
     * says whether the first is the home page. Each page's {@code content} is its HTML in its print
     * {@code form}, made each time a template reads it and not kept: the print page of a thousand pages
     * is written a page at a time.
     */
    public Map<String, Object> forPrint(List<PageEntry> pages, boolean withHome, PrintForm form) {
        String root = PageLinks.rootFrom("print");
        List<PageEntry> listed = withHome ? pages.subList(1, pages.size()) : pages;
        Map<String, Object> model = common(root, listed);
        model.put("pages", listed.stream().map(p -> printed(p, root, form)).toList());
        model.put("page", withHome ? printed(pages.get(0), root, form) : null);
        return model;
    }

    /**
     * A section's print page at {@code SECTION/print/index.html}: {@code index} is the section's index page,
     * {@code pages} its other pages; as {@link #forPrint}, and {@code section} says which section it is.
     */
    public Map<String, Object> forSectionPrint(String section, PageEntry index, List<PageEntry> pages, PrintForm form) {
        String root = PageLinks.rootFrom(section + "/print");
        Map<String, Object> model = common(root, pages);
        model.put("pages", pages.stream().map(p -> printed(p, root, form)).toList());
        model.put("page", printed(index, root, form));
        model.put("section", sectionMap(sections.get(section), root));
        return model;
    }

    /** A page of the print page as its template sees it: headings with their print ids, content in print form. */
    private LazyPage printed(PageEntry page, String root, PrintForm form) {
        return new LazyPage(pageFields(new PageEntry(page.slug(), page.title(), page.summary(), "", form.headings(page),
                page.section()), root), () -> form.html(page));
    }

    /**
     * A page as a template sees it in a list, or on the print page: every key of a page, its {@code content} made
     * each time a template reads it and never kept. A home page lists a thousand pages, each entry reachable from
     * every page's model, and few templates read an entry's content.
     */
    private final class LazyPage implements TemplateHashModel {
        private final Map<String, Object> fields;
        private final java.util.function.Supplier<String> content;

        LazyPage(Map<String, Object> fields, java.util.function.Supplier<String> content) {
            this.fields = fields;
            this.content = content;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (key.equals("content")) {
                return (TemplateModel) Templates.markup(content.get());
            }
            return fields.containsKey(key) ? wrapper.wrap(fields.get(key)) : null;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /** {@code text} as a quoted CSS string, safe inside {@code <style>}: for running heads in print. */
    static String cssString(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f) {
                s.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.append('"').toString();
    }

    /**
     * The 404 page. Hosts such as GitHub Pages serve it at whatever address was missing, at any depth, so
     * relative links cannot work there: with a base URL its links start with it; without one,
     * {@code rootScript} (a {@code <script>} for the head, before any link) finds the site's root from the
     * address and the site's top-level names, and sets it as the page's {@code <base>}.
     */
    public Map<String, Object> forNotFound(List<PageEntry> all) {
        String root = config.baseUrl().isEmpty() ? "" : config.baseUrl();
        Map<String, Object> model = common(root, all);
        if (config.baseUrl().isEmpty()) {
            model.put("rootScript", Templates.markup(rootScript(all)));
        }
        return model;
    }

    /**
     * The root is where the address's first top-level name of the site starts ({@code /repo/01-rnn/missing}
     * has root {@code /repo/}); an address with none of them is taken as a GitHub project site's
     * ({@code /repo/missing}) on {@code *.github.io} and as the host's root elsewhere. Opened from disk, the
     * page is at the root already and its relative links work as they are.
     */
    static String rootScript(List<PageEntry> all) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(List.of("index.html", "404.html", "assets", "print"));
        for (PageEntry p : all) {
            names.add(p.slug().split("/", 2)[0]);
        }
        String list = String.join(",", names.stream().map(quod.math.Json::quote).toList());
        return "<script>(function(){if(location.protocol===\"file:\")return;var n=[" + list + "],"
                + "s=location.pathname.split(\"/\").slice(1),i=0;"
                + "function d(x){try{return decodeURIComponent(x)}catch(e){return x}}"
                + "while(i<s.length&&n.indexOf(d(s[i]))<0)i++;"
                + "if(i===s.length)i=/\\.github\\.io$/.test(location.hostname)&&s.length>1?1:0;"
                + "var b=document.createElement(\"base\");b.href=\"/\"+s.slice(0,i).join(\"/\")+(i?\"/\":\"\");"
                + "document.head.appendChild(b)})();</script>";
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
        LazyPages pages = pagesFrom(root, all);
        model.put("pages", pages);
        model.put("sections", new OnFirstRead<>(pages::sections));
        model.put("outline", new OnFirstRead<>(pages::outline));
        // The JSON is generated by Quod with "<" escaped, so it is safe as markup inside <script>. In client
        // mode the browser's KaTeX gets optionsJson, the very settings the build renders with.
        model.put("math", Map.of("mode", mathMode, "macrosJson", Templates.markup(katex.macrosJson()),
                "optionsJson", Templates.markup(katex.json())));
        model.put("quod", Map.of("version", quodVersion));
        return model;
    }

    /**
     * Every page's entry as seen from {@code root}: one list per root and list of pages, shared by the
     * models of all pages in folders of one depth, each entry made when a template first reads it. Most
     * page templates never read {@code pages}, and making every entry for every page made 1,000 pages
     * cost a million entries.
     */
    private LazyPages pagesFrom(String root, List<PageEntry> all) {
        if (shared.isEmpty() || shared.get(0).all() != all) {
            shared.clear();
        }
        for (LazyPages pages : shared) {
            if (pages.root().equals(root)) {
                return pages;
            }
        }
        LazyPages pages = new LazyPages(root, all, new LazyPage[all.size()]);
        shared.add(pages);
        return pages;
    }

    /** Each section with its pages (its index page not among them), from {@code root}. */
    private List<Map<String, Object>> sectionsFrom(String root, List<PageEntry> all, List<LazyPage> pages) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SectionInfo info : sections.values()) {
            Map<String, Object> m = sectionMap(info, root);
            List<LazyPage> members = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                PageEntry p = all.get(i);
                if (p.section().equals(info.slug()) && !p.slug().equals(info.slug())) {
                    members.add(pages.get(i));
                }
            }
            m.put("pages", members);
            out.add(m);
        }
        return out;
    }

    /**
     * The site's top level in order, for a home page: each item a map with either {@code page} (a page in no
     * section) or {@code section} (as in {@code sections}).
     */
    private List<Map<String, Object>> outlineFrom(String root, List<PageEntry> all, List<LazyPage> pages,
                                                  List<Map<String, Object>> bySection) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PageEntry p = all.get(i);
            if (p.section().isEmpty()) {
                out.add(Map.of("page", pages.get(i)));
            } else if (p.section().equals(p.slug())) {
                bySection.stream().filter(m -> m.get("slug").equals(p.slug())).findFirst()
                        .ifPresent(m -> out.add(Map.of("section", m)));
            }
        }
        return out;
    }

    private Map<String, Object> sectionMap(SectionInfo info, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", info.slug());
        m.put("title", info.title());
        m.put("summary", info.summary() == null ? "" : info.summary());
        m.put("url", root + PageLinks.fromRoot(info.slug()));
        m.put("printUrl", root + info.slug() + "/print/index.html");
        m.put("due", info.due());
        m.put("dueIso", info.dueIso());
        m.put("solutions", info.solutions());
        return m;
    }

    /** The entries of {@code all} from {@code root}, each made on first reading; its sections and outline too. */
    private final class LazyPages extends AbstractList<LazyPage> {
        private final String root;
        private final List<PageEntry> all;
        private final LazyPage[] made;
        private List<Map<String, Object>> sections;
        private List<Map<String, Object>> outline;

        private LazyPages(String root, List<PageEntry> all, LazyPage[] made) {
            this.root = root;
            this.all = all;
            this.made = made;
        }

        String root() {
            return root;
        }

        List<PageEntry> all() {
            return all;
        }

        List<Map<String, Object>> sections() {
            if (sections == null) {
                sections = sectionsFrom(root, all, this);
            }
            return sections;
        }

        List<Map<String, Object>> outline() {
            if (outline == null) {
                outline = outlineFrom(root, all, this, sections());
            }
            return outline;
        }

        @Override
        public LazyPage get(int index) {
            if (made[index] == null) {
                PageEntry page = all.get(index);
                made[index] = new LazyPage(Collections.unmodifiableMap(pageFields(page, root)), page::html);
            }
            return made[index];
        }

        @Override
        public int size() {
            return all.size();
        }
    }

    /** A list made when a template first reads it: most page templates never read the site's outline. */
    private static final class OnFirstRead<T> extends AbstractList<T> {
        private final java.util.function.Supplier<List<T>> make;
        private List<T> made;

        OnFirstRead(java.util.function.Supplier<List<T>> make) {
            this.make = make;
        }

        private List<T> list() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }

        @Override
        public T get(int index) {
            return list().get(index);
        }

        @Override
        public int size() {
            return list().size();
        }
    }

    /** A page with its content: the page a template is rendering, and its neighbours. */
    private Map<String, Object> pageMap(PageEntry p, String root) {
        Map<String, Object> m = pageFields(p, root);
        m.put("content", Templates.markup(p.html()));
        return m;
    }

    /** Every key of a page but its content. */
    private Map<String, Object> pageFields(PageEntry p, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", p.slug());
        m.put("title", p.title());
        m.put("summary", p.summary());
        m.put("url", root + PageLinks.fromRoot(p.slug()));
        m.put("printAnchor", PageLinks.printAnchor(p.slug()));
        m.put("canonical", PageLinks.canonical(config.baseUrl(), p.slug()));
        m.put("titleCss", Templates.markup(cssString(p.title())));
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Heading h : p.headings()) {
            headings.add(Map.of("level", h.level(), "id", h.id(), "text", h.text(),
                    "problem", h.problem() == null ? "" : h.problem()));
        }
        m.put("headings", headings);
        SectionInfo section = sections.get(p.section());
        m.put("section", section == null ? null : sectionMap(section, root));
        return m;
    }
}
