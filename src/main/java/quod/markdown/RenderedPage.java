package quod.markdown;

import quod.page.Heading;
import java.util.List;

/** A page's body as HTML, and its headings. */
public record RenderedPage(String html, List<Heading> headings) {
    public RenderedPage {
        headings = List.copyOf(headings);
    }
}
