package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/** The linear-time link label, title and destination matchers agree with Flexmark's regular expressions. */
class LinearTimeInlineParserTest {
    private static final Parsing FLEXMARK = new Parsing(new MutableDataSet());

    /** Every string up to {@code length} over {@code alphabet}, after {@code open}. */
    private static List<String> all(String open, String alphabet, int length) {
        List<String> out = new ArrayList<>(List.of(open));
        for (int from = 0, n = 0; n < length; n++) {
            int to = out.size();
            for (int i = from; i < to; i++) {
                for (char c : alphabet.toCharArray()) {
                    out.add(out.get(i) + c);
                }
            }
            from = to;
        }
        return out;
    }

    private static int regexEnd(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.end() : -1;
    }

    private static void agrees(Pattern flexmark, LinearTimeInlineParser.Shape shape, List<String> inputs) {
        for (String s : inputs) {
            assertThat(shape.end(s, 0)).as("end of the match in '%s'", s).isEqualTo(regexEnd(flexmark, s));
        }
    }

    @Test
    void linkLabelsEndWhereFlexmarksExpressionEndsThem() {
        agrees(FLEXMARK.LINK_LABEL, LinearTimeInlineParser.LABEL, all("[", "\\][a)", 6));
    }

    @Test
    void angleDestinationsEndWhereFlexmarksExpressionEndsThem() {
        agrees(FLEXMARK.LINK_DESTINATION_ANGLES, LinearTimeInlineParser.ANGLES, all("<", "\\<> a)", 5));
    }

    @Test
    void titlesEndWhereFlexmarksExpressionEndsThem() {
        agrees(FLEXMARK.LINK_TITLE, LinearTimeInlineParser.title('"'), all("\"", "\\\"a)\0", 5));
        agrees(FLEXMARK.LINK_TITLE, LinearTimeInlineParser.title('\''), all("'", "\\'a)", 5));
        agrees(FLEXMARK.LINK_TITLE, LinearTimeInlineParser.title(')'), all("(", "\\()a", 5));
    }

    @Test
    void aLongRunOfEscapesThatNeverClosesIsParsedInLinearTime() {
        // each of these took Flexmark's backtracking 2^n steps: about a minute for n = 30, years for 200
        String page = "[" + "\\)".repeat(200) + "\n\n[a](<" + "\\)".repeat(200) + "\n\n[a](b \"" + "\\)".repeat(200) + "\n";
        long start = System.nanoTime();
        new MarkdownRenderer().parse(new SourceText("a.md", page), new Diagnostics());
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }
}
