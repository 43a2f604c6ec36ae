package quod.markdown;

import quod.page.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/**
 * A page's table of contents: its headings and its problems in document order. A problem sits one
 * level below the heading before it (level 2 before any heading, never deeper than 3, the deepest the
 * page template lists), so problems nest under their section. Also reports two problems of a page
 * whose labels give the same id.
 */
final class PageOutline {
    private PageOutline() {
    }

    static List<Heading> of(Document document, SourceText text, PageResults results, Diagnostics diagnostics) {
        HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
        ids.generateIds(document);
        List<Heading> out = new ArrayList<>();
        Map<String, Integer> problemLines = new HashMap<>();
        int sectionLevel = 1;
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                sectionLevel = h.getLevel();
                out.add(Heading.section(h.getLevel(), h.getAnchorRefId(), PlainText.of(h, results)));
            } else if (node instanceof FencedDiv div && div.kind() == DivKind.PROBLEM && div.problemId() != null) {
                String id = div.problemId();
                int line = text.lineOf(div.fence().getStartOffset());
                Integer first = problemLines.putIfAbsent(id, line);
                if (first != null) {
                    diagnostics.add(text.errorAt(div.title().getStartOffset(), "problem id '" + id
                            + "' is already used by the problem on line " + first + "; give each problem its own label"));
                }
                String label = div.number() > 0 ? Integer.toString(div.number()) : PlainText.of(div.titleNode(), results);
                out.add(new Heading(Math.min(sectionLevel + 1, 3), id, "Problem " + label, label));
            }
        }
        return out;
    }
}
