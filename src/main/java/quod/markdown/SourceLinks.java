package quod.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quod.page.SourceLink;

/**
 * Collects the link targets of a parsed page in document order: links, images, autolinks and
 * reference definitions from their nodes, and {@code href}/{@code src} attributes inside raw HTML.
 */
final class SourceLinks {
    /** An attribute holding a URL, in raw HTML; its value is group 2 (quoted) or 3 (unquoted). */
    private static final Pattern URL_ATTRIBUTE =
            Pattern.compile("(?i)\\b(href|src)\\s*=\\s*(?:[\"']([^\"']*)[\"']|([^\\s\"'>]+))");

    private SourceLinks() {
    }

    static List<SourceLink> of(Document document) {
        List<SourceLink> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof LinkNodeBase link) {
                BasedSequence url = link.getUrl();
                if (url.isNotNull() && !url.isEmpty()) {
                    links.add(new SourceLink(url.toString(), url.getStartOffset(), url.unescape()));
                }
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                BasedSequence html = node.getChars();
                Matcher m = URL_ATTRIBUTE.matcher(html);
                while (m.find()) {
                    int group = m.group(2) != null ? 2 : 3;
                    links.add(new SourceLink(m.group(group), html.getStartOffset() + m.start(group), null));
                }
            }
        }
        return List.copyOf(links);
    }
}
