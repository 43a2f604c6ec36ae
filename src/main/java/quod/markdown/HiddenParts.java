package quod.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import quod.compute.language.Directive;
import quod.compute.output.ComputedPage;

/**
 * The parts of one page the edition being built leaves out (withheld until released, or staff-only), found
 * once from the parsed page, and what follows from them: which of the page's directives are inside them,
 * which labels, and which results shown elsewhere on the page depend on them.
 */
public final class HiddenParts {
    private final ParsedPage page;
    private final Map<Node, DivVisibility> decided = new IdentityHashMap<>();
    /** For each directive of {@link PageDirectives#all()}: inside a hidden part. */
    private final boolean[] hiddenDirectives;

    private HiddenParts(ParsedPage page, PageEdition edition) {
        this.page = page;
        for (FencedDiv div : page.divs()) {
            decided.put(div, DivVisibility.of(div, edition));
        }
        List<Node> nodes = page.directives().nodes();
        hiddenDirectives = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            hiddenDirectives[i] = hides(nodes.get(i));
        }
    }

    public static HiddenParts of(ParsedPage page, PageEdition edition) {
        return new HiddenParts(page, edition);
    }

    /** Whether the edition leaves anything of the page out. */
    public boolean any() {
        return decided.values().stream().anyMatch(DivVisibility::hidden);
    }

    /** Whether a node is inside (or is) a part left out. */
    boolean hides(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            DivVisibility v = decided.get(n);
            if (v != null && v.hidden()) {
                return true;
            }
        }
        return false;
    }

    DivVisibility of(FencedDiv div) {
        DivVisibility v = decided.get(div);
        return v != null ? v : DivVisibility.of(div, PageEdition.STAFF);
    }

    /** The page's directives outside the parts left out, in document order: what the student edition may show. */
    public List<Directive> publicDirectives() {
        List<Directive> all = page.directives().all();
        List<Directive> shown = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!hiddenDirectives[i]) {
                shown.add(all.get(i));
            }
        }
        return shown;
    }

    /**
     * The blocks and values outside the parts left out whose results depend on them: those that came out
     * differently when the page ran without the parts ({@code publicRun}, of {@link #publicDirectives()}) than
     * with everything ({@code full}). What comes out alike is computable from what the page shows anyway.
     */
    public Redaction redaction(ComputedPage full, ComputedPage publicRun) {
        List<Directive> all = page.directives().all();
        Set<Integer> blocks = new TreeSet<>();
        Set<Integer> values = new TreeSet<>();
        int block = 0;
        int value = 0;
        int publicBlock = 0;
        int publicValue = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof Directive.Block) {
                if (!hiddenDirectives[i] && !full.blocks().get(block).equals(publicRun.blocks().get(publicBlock++))) {
                    blocks.add(block);
                }
                block++;
            } else {
                if (!hiddenDirectives[i] && !full.values().get(value).equals(publicRun.values().get(publicValue++))) {
                    values.add(value);
                }
                value++;
            }
        }
        return new Redaction(blocks, values);
    }

    /**
     * The labels of the page's labelled things (equations, environments, figures, tables, problems) inside the
     * parts left out: references to them get no link.
     */
    public Set<String> labels() {
        Set<String> labels = new TreeSet<>();
        for (Node node : page.document().getDescendants()) {
            String label = Labelled.label(node);
            if (label != null && hides(node)) {
                labels.add(label);
            }
        }
        return labels;
    }

    /**
     * What was decided for each div, in document order: equal for two builds exactly when the page's HTML
     * shows and hides the same parts, so {@code quod serve} can keep a page whose decisions did not change.
     */
    public List<String> decisions() {
        List<String> out = new ArrayList<>();
        for (FencedDiv div : page.divs()) {
            DivVisibility v = decided.get(div);
            out.add(v.state().name() + (v.released() ? "" : " until release"));
        }
        return out;
    }
}
