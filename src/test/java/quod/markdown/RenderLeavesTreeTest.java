package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.ClientMathRenderer;

/** Rendering reads the parsed page and never writes to it, so a page can be rendered again (another edition, a live preview). */
class RenderLeavesTreeTest {
    private static final String PAGE = """
            ## Eigen things

            ::: problem
            Show that $\\lambda_1 = {{ trace([2 1; 1 2]) }}$.[^1]
            :::

            > ```compute
            > A = [2 1; 1 2]
            > check det(A) == 3
            > ```

            $$ A x = \\lambda x $$ {#eq:eig}

            See @eq:eig and [the top](#eigen-things), again.[^1]

            [^1]: A footnote.
            """;

    /** Every node with its details (Flexmark's toAstString), and each heading's id. */
    private static String ast(Node document) {
        StringBuilder out = new StringBuilder();
        for (Node n : document.getDescendants()) {
            out.append(n.toAstString(true));
            if (n instanceof AnchorRefTarget t) {
                out.append(" id=").append(t.getAnchorRefId());
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void renderingTwiceGivesTheSameHtmlAndLeavesTheParsedTreeAsItWas() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        Diagnostics diagnostics = new Diagnostics();
        ParsedPage page = markdown.parse(new SourceText("p.md", PAGE), diagnostics);
        String before = ast(page.document());
        var computed = Computed.of(page, diagnostics);

        String first = markdown.render(page, computed, new ClientMathRenderer(), diagnostics).html();
        String second = markdown.render(page, computed, new ClientMathRenderer(), diagnostics).html();

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(second).isEqualTo(first).contains("id=\"eigen-things\"").contains("class=\"check\"");
        assertThat(ast(page.document())).isEqualTo(before);
        assertThat(page.document().contains(PageContext.KEY)).isFalse();
    }
}
