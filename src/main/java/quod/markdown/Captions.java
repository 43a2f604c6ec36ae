package quod.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * Pandoc's table captions, {@code : Caption {#tbl:name}} as a paragraph right after a table, and the same
 * line after a {@code plot} block or an image (a paragraph holding only the image) for a figure. Done once,
 * right after parsing: the table, plot or image and its caption become one {@link Captioned}, so every later
 * stage sees a figure. A caption line after anything else is an error: it would show as a paragraph
 * starting with a colon; so is Pandoc's {@code ![Caption](x.png){#fig:x}}, whose label would show as text.
 */
final class Captions {
    /** The label at the end of a caption: {@code {#fig:loss}}, blanks around it. */
    private static final Pattern LABEL = Pattern.compile("\\s*\\{#([^{}\\s]*)}\\s*$");

    private Captions() {
    }

    static void attach(Document document, SourceText text, List<Diagnostic> problems) {
        List<Paragraph> captions = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph p && isCaptionLine(p)) {
                captions.add(p);
            } else if (node instanceof Image image && image.getNext() instanceof Text t && t.getChars().startsWith("{#")) {
                // Pandoc's ![Caption](x.png){#fig:x}: Flexmark has no attributes on images, so it would show as text
                problems.add(text.errorAt(t.getStartOffset(), "an image takes no label here: write the caption and "
                        + "label on a line of their own after it, ': Caption " + t.getChars().toString().strip()
                        + "', with one blank line between"));
            }
        }
        for (Paragraph p : captions) {
            LabelKind kind = captionedKind(p.getPrevious());
            if (kind == null) {
                problems.add(text.errorAt(p.getStartOffset(), "a caption (': ...') must come right after a table, "
                        + "a plot block or an image, with one blank line between"));
                continue;
            }
            wrap(p, kind);
        }
    }

    private static boolean isCaptionLine(Paragraph p) {
        BasedSequence chars = p.getChars();
        return (chars.startsWith(": ") || chars.startsWith("Table: ")) && p.getFirstChild() instanceof Text;
    }

    /** What a caption after {@code node} captions, or null when it cannot have one. */
    private static LabelKind captionedKind(Node node) {
        if (node instanceof TableBlock) {
            return LabelKind.TABLE;
        }
        if (node instanceof FencedCodeBlock code && code.getInfo().toString().strip().equals("plot")) {
            return LabelKind.FIGURE;
        }
        if (node instanceof Paragraph p && onlyAnImage(p)) {
            return LabelKind.FIGURE;
        }
        return null;
    }

    private static boolean onlyAnImage(Paragraph p) {
        int images = 0;
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image) {
                images++;
            } else if (!(c instanceof SoftLineBreak) && !(c instanceof Text t && t.getChars().isBlank())) {
                return false;
            }
        }
        return images == 1;
    }

    private static void wrap(Paragraph p, LabelKind kind) {
        Text first = (Text) p.getFirstChild();
        BasedSequence firstChars = first.getChars();
        first.setChars(firstChars.subSequence(firstChars.indexOf(':') + 1).trimStart());
        BasedSequence label = null;
        if (p.getLastChild() instanceof Text last) {
            Matcher m = LABEL.matcher(last.getChars());
            if (m.find()) {
                label = last.getChars().subSequence(m.start(1), m.end(1));
                last.setChars(last.getChars().subSequence(0, m.start()));
            }
        }
        Node target = p.getPrevious();
        Captioned captioned = new Captioned(kind, label);
        target.insertBefore(captioned);
        target.unlink();
        captioned.appendChild(target);
        Captioned.Caption caption = new Captioned.Caption(p.getChars());
        while (p.getFirstChild() != null) {
            Node c = p.getFirstChild();
            c.unlink();
            if (!(c instanceof Text t && t.getChars().isEmpty())) {
                caption.appendChild(c);
            }
        }
        p.unlink();
        captioned.appendChild(caption);
        captioned.setChars(target.getChars().baseSubSequence(target.getStartOffset(), p.getEndOffset()));
    }
}
