package quod.render;

import java.util.List;
import quod.page.Heading;
import quod.render.SiteModel.PageEntry;

/**
 * How a page reads on the print page, where every page shares one document: its headings with the ids they
 * have there, and its HTML rewritten to match. The HTML is asked for when the print template writes the
 * page, so that the print page of a large site is made one page at a time rather than held whole.
 */
public interface PrintForm {
    /** Pages as they are: for a model whose pages need no rewriting. */
    PrintForm AS_IS = new PrintForm() {
        @Override
        public List<Heading> headings(PageEntry page) {
            return page.headings();
        }

        @Override
        public String html(PageEntry page) {
            return page.html();
        }
    };

    List<Heading> headings(PageEntry page);

    String html(PageEntry page);
}
