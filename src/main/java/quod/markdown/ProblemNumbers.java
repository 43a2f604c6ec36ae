package quod.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Numbers the problems of a page that have no label by their position among its problems (1, 2, ...),
 * once, right after parsing, so the contents, the renderer and references all see the same number.
 */
final class ProblemNumbers {
    private ProblemNumbers() {
    }

    static void assign(Document document) {
        int position = 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedDiv div && div.kind() == DivKind.PROBLEM) {
                position++;
                FencedDivTitle title = div.titleNode();
                if (title == null || PlainText.of(title).isEmpty()) {
                    div.setNumber(position);
                }
            }
        }
    }
}
