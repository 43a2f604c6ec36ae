package quod.cite;

/**
 * A CSL style: one of the CSL project's styles by name ({@code ieee}), or a style's XML read from a .csl file.
 *
 * @param name what the author wrote (the name, or the file's path), for messages
 * @param xml  the style's XML, or null for a style by name, which citeproc-java reads from the class path
 */
public record CiteStyle(String name, String xml) {
    /**
     * The styles quod.jar holds, by name: the common independent ones of the CSL project's 10,557 (all of them
     * would be 11.7 MB of the jar). The shade plugin's filter in pom.xml keeps exactly these.
     */
    public static final java.util.List<String> BUNDLED = java.util.List.of("acm-sig-proceedings",
            "american-chemical-society", "american-medical-association", "american-physics-society", "apa",
            "apa-6th-edition", "association-for-computing-machinery", "chicago-author-date", "elsevier-harvard",
            "harvard-cite-them-right", "ieee", "institute-of-physics-numeric", "modern-language-association", "nature",
            "science", "springer-basic-author-date", "springer-lecture-notes-in-computer-science", "vancouver");

    /**
     * Pandoc's default, an author-date style: "(Kunin et al. 2019)" in the text, and a reference list sorted by
     * author and year.
     */
    public static final CiteStyle DEFAULT = new CiteStyle("chicago-author-date", null);

    /** What citeproc-java's constructor takes: a style's name, or its XML. */
    String forCiteproc() {
        return xml != null ? xml : name;
    }
}
