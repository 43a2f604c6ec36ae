package quod.markdown;

import quod.page.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's table of contents: its headings and its problems in document order. A problem sits one
 * level below the heading before it (level 2 before any heading, never deeper than 3, the deepest the
 * page template lists), so problems nest under their section. What the edition leaves out of the page is left
 * out of its outline too.
 */
final class PageOutline {
    private PageOutline() {
    }

    static List<Heading> of(Document document, PageResults results, HiddenParts hidden) {
        List<Heading> out = new ArrayList<>();
        int sectionLevel = 1;
        for (Node node : document.getDescendants()) {
            if ((node instanceof com.vladsch.flexmark.ast.Heading || node instanceof FencedDiv) && hidden.hides(node)) {
                continue;
            }
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                sectionLevel = h.getLevel();
                out.add(Heading.section(h.getLevel(), h.getAnchorRefId(), PlainText.of(h, results)));
            } else if (node instanceof FencedDiv div && div.kind() == DivKind.PROBLEM && div.problemId() != null) {
                String id = div.problemId();
                String label = div.number() > 0 ? Integer.toString(div.number()) : PlainText.of(div.titleNode(), results);
                out.add(new Heading(Math.min(sectionLevel + 1, 3), id, "Problem " + label, label));
            }
        }
        return out;
    }
}
