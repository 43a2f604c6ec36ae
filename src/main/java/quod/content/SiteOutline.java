package quod.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The site as a reader walks it. A top-level folder with an {@code index.md} and other pages is a section (an
 * assignment, a week, a chapter: the course names it in the index page's title): its index page, then its
 * pages, wherever they sit in the folder. A folder with an {@code index.md} alone is a page whose files sit
 * beside it. The home page comes first; then top-level pages and sections in
 * {@code order} (a section's is its index page's), those without one after, by path.
 */
public final class SiteOutline {
    /**
     * A section: its index page and its other pages, in order.
     *
     * @param slug the folder's name, which is also its index page's slug
     */
    public record Section(String slug, Page index, List<Page> pages) {
        public Section {
            pages = List.copyOf(pages);
        }

        /** The index page, then the others. */
        public List<Page> pagesWithIndex() {
            List<Page> all = new ArrayList<>();
            all.add(index);
            all.addAll(pages);
            return all;
        }
    }

    private final List<Page> pages;
    private final List<Section> sections;
    private final Map<String, Section> bySlug;

    private SiteOutline(List<Page> pages, List<Section> sections) {
        this.pages = List.copyOf(pages);
        this.sections = List.copyOf(sections);
        this.bySlug = sections.stream().collect(Collectors.toMap(Section::slug, s -> s, (a, b) -> a, LinkedHashMap::new));
    }

    public static SiteOutline of(List<Page> loaded) {
        // a folder with an index.md and nothing else is a page with its files beside it (a page bundle)
        Set<String> folders = loaded.stream().map(Page::slug).filter(s -> !s.isEmpty() && !s.contains("/"))
                .filter(s -> loaded.stream().anyMatch(p -> p.path().equals(s + "/index.md")))
                .filter(s -> loaded.stream().anyMatch(p -> p.slug().startsWith(s + "/")))
                .collect(Collectors.toSet());
        Comparator<Page> order = Comparator
                .comparing((Page p) -> p.front().order() == null ? Integer.MAX_VALUE : p.front().order())
                .thenComparing(p -> p.source().name());
        Map<String, Page> indexes = new LinkedHashMap<>();
        Map<String, List<Page>> members = new LinkedHashMap<>();
        List<Page> top = new ArrayList<>();  // the top-level pages and the sections' index pages
        Page home = null;
        for (Page p : loaded) {
            String section = sectionOf(p.slug(), folders);
            if (p.slug().isEmpty()) {
                home = p;
            } else if (section == null) {
                top.add(p);
            } else if (p.slug().equals(section)) {
                indexes.put(section, p);
                top.add(p);
            } else {
                members.computeIfAbsent(section, k -> new ArrayList<>()).add(p);
            }
        }
        top.sort(order);
        List<Page> all = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        if (home != null) {
            all.add(home);
        }
        for (Page p : top) {
            all.add(p);
            if (indexes.get(p.slug()) == p) {
                List<Page> inside = new ArrayList<>(members.getOrDefault(p.slug(), List.of()));
                inside.sort(order);
                all.addAll(inside);
                sections.add(new Section(p.slug(), p, inside));
            }
        }
        return new SiteOutline(all, sections);
    }

    /** The section a page of this slug is in: the top-level folder, when it is a section's. */
    private static String sectionOf(String slug, Set<String> folders) {
        String first = slug.split("/", 2)[0];
        return folders.contains(first) ? first : null;
    }

    /** Every page in reading order, the home page first. */
    public List<Page> pages() {
        return pages;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The section a page is in (its index page included), or null. */
    public Section sectionOf(String slug) {
        return slug.isEmpty() ? null : bySlug.get(slug.split("/", 2)[0]);
    }
}
