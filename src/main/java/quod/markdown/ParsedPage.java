package quod.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import quod.diagnostics.SourceText;
import quod.page.SourceLink;

/**
 * A page's Markdown parsed but not yet rendered. Parsing every page first lets the build collect
 * what pages refer to across each other (equation labels) before any page is written.
 */
public final class ParsedPage {
    private final SourceText text;
    private final Document document;
    private final PageDirectives directives;
    private final List<SourceLink> links;
    /** The fenced divs, in document order: every build reads them, some several times. */
    private final List<FencedDiv> divs;
    /** The pages this page refers to, made when first asked for (by {@code quod serve}, at every rebuild). */
    private Set<String> referencedPages;

    ParsedPage(SourceText text, Document document) {
        this.text = text;
        this.document = document;
        this.directives = PageDirectives.of(document, text);
        this.links = SourceLinks.of(document);
        List<FencedDiv> found = new java.util.ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedDiv div) {
                found.add(div);
            }
        }
        this.divs = List.copyOf(found);
    }

    /** The page's fenced divs ({@code ::: kind}) in document order. */
    List<FencedDiv> divs() {
        return divs;
    }

    /**
     * The slugs of the other pages whose labels this page names ({@code @page#eq:x}, {@code \eqref{page#eq:x}}),
     * in order; the parse does not change, so they are found once.
     */
    synchronized Set<String> referencedPages() {
        if (referencedPages == null) {
            Set<String> seen = new TreeSet<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof LabelRef ref && ref.page() != null) {
                    seen.add(ref.page());
                } else if (node instanceof InlineMath math) {
                    seen.addAll(TexEquationRefs.pages(math.tex().toString()));
                } else if (node instanceof DisplayMath math) {
                    seen.addAll(TexEquationRefs.pages(math.texString()));
                }
            }
            referencedPages = Collections.unmodifiableSet(seen);
        }
        return referencedPages;
    }

    /** The page's link targets as written, with their positions, in document order. */
    public List<SourceLink> links() {
        return links;
    }

    /** The page's compute blocks and values in document order, for the compute stage. */
    public PageDirectives directives() {
        return directives;
    }

    /** A solution, answer or hint with a release date, as {@code quod releases} lists it. */
    public record Scheduled(int line, int column, String kind, quod.edition.ReleaseDate release) { }

    /**
     * The page's solutions, answers and hints that have a release date (their own, else {@code pageRelease}),
     * in document order. Staff-only ones are left out: students never see them, whatever the date.
     */
    public List<Scheduled> scheduled(quod.edition.ReleaseDate pageRelease) {
        PageEdition edition = new PageEdition(quod.edition.EditionRules.STAFF, pageRelease);
        List<Scheduled> out = new java.util.ArrayList<>();
        for (FencedDiv div : divs) {
            if (div.kind() != null && div.kind().releasable() && !div.staffOnly()) {
                var release = DivVisibility.releaseOf(div, edition);
                if (release != null) {
                    int at = div.fence().getStartOffset();
                    int line = text.lineOf(at);
                    out.add(new Scheduled(line, at - text.offsetOfLine(line) + 1, div.kind().word(), release));
                }
            }
        }
        return out;
    }

    /**
     * Footnotes (references and definitions) inside a part an edition can hide: one with a release date (its
     * own or {@code pageRelease}) or staff-only. Flexmark writes every footnote at the end of the page, outside
     * the part, where the student edition could not leave it out; so these are errors in every edition.
     */
    public List<quod.diagnostics.Diagnostic> footnotesInHideableParts(quod.edition.ReleaseDate pageRelease) {
        PageEdition edition = new PageEdition(quod.edition.EditionRules.STAFF, pageRelease);
        List<quod.diagnostics.Diagnostic> out = new java.util.ArrayList<>();
        for (var node : document.getDescendants()) {
            if (!(node instanceof com.vladsch.flexmark.ext.footnotes.Footnote
                    || node instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock)) {
                continue;
            }
            for (var up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof FencedDiv div && div.kind() != null && (div.staffOnly()
                        || div.kind().releasable() && DivVisibility.releaseOf(div, edition) != null)) {
                    out.add(text.errorAt(node.getStartOffset(), "a footnote in a " + div.kind().word() + " that "
                            + (div.staffOnly() ? "is staff-only" : "has a release date") + " would show at the end of "
                            + "the page in the student edition; write its text in the " + div.kind().word() + " instead"));
                    break;
                }
            }
        }
        return out;
    }

    public SourceText text() {
        return text;
    }

    Document document() {
        return document;
    }
}
