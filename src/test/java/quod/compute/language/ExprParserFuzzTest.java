package quod.compute.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import quod.FuzzChecks;

/**
 * Fuzzes the compute language's parsers: one expression ({@link ExprParser}) and whole blocks
 * ({@link BlockParser}). Replays {@code ExprParserFuzzTestInputs/} in every {@code mvn verify};
 * {@code bench/fuzz.sh ExprParserFuzzTest#expression 600} (or {@code #block}) fuzzes one of them.
 */
class ExprParserFuzzTest {

    /**
     * An expression parses or fails with a {@link ComputeError} at an offset inside the text, and a
     * parsed tree's nodes all lie inside the text, children inside their parents, because the
     * interpreter cuts each node's EJML text out of the line by those offsets.
     */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({"(", ")", "[", "]", ";", ",", ":", "'", ".*", "./", ".^", "^", "\\", "==", "~=",
        "<=", "within", "1e-10", "zeros(", "eye(", "svd(", "A(:, 1)", "2.5", "-"})
    void expression(byte[] input) {
        String text = FuzzChecks.text(input);
        int base = 3;  // as after "x ="
        Expr e;
        try {
            e = ExprParser.expression(text, base);
        } catch (ComputeError error) {
            assertThat(error.offset()).as("offset of '%s'", error.getMessage()).isBetween(base, base + text.length());
            assertThat(error.getMessage()).isNotBlank();
            return;
        }
        assertSpans(e, base, base + text.length());
    }

    /**
     * A block never throws: each line that does not parse is an error at that line, at an offset inside
     * it, and every parsed expression lies inside its statement's line.
     */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({"for i = 0:9", "if x > 0", "end", "show ", " as \"", "check ", " within 1e-10",
        "[U, S, V] = svd(", "x = ", "A(1, :) = ", "% ", "==", "~=", "(", ")", "[", "]"})
    void block(byte[] input) {
        List<String> lines = List.of(FuzzChecks.text(input).split("\n", -1));
        int firstLine = 7;
        BlockParser parser = new BlockParser();
        List<Statement> statements = parser.parse(lines, firstLine);
        for (BlockParser.ParseError error : parser.errors()) {
            assertThat(error.line()).as("line of '%s'", error.message()).isBetween(firstLine, firstLine + lines.size() - 1);
            String line = lines.get(error.line() - firstLine);
            assertThat(error.offset()).as("offset of '%s' in '%s'", error.message(), line).isBetween(0, line.length());
        }
        for (Statement s : flatten(statements)) {
            assertThat(s.line()).isBetween(firstLine, firstLine + lines.size() - 1);
            for (Expr e : expressions(s)) {
                assertSpans(e, 0, s.source().length());
            }
        }
    }

    /** Each node's span lies within {@code from..to} and within its parent's. */
    private static void assertSpans(Expr e, int from, int to) {
        assertThat(e.start()).as("start of %s", e).isBetween(from, to);
        assertThat(e.end()).as("end of %s", e).isBetween(e.start(), to);
        for (Expr child : children(e)) {
            assertSpans(child, e.start(), e.end());
        }
    }

    private static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Call c) {
            out.add(c.name());
            out.addAll(c.args());
        } else if (e instanceof Expr.Negate n) {
            out.add(n.operand());
        } else if (e instanceof Expr.Binary b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Expr.Transpose t) {
            out.add(t.operand());
        } else if (e instanceof Expr.Group g) {
            out.add(g.inner());
        } else if (e instanceof Expr.MatrixLit m) {
            m.rows().forEach(out::addAll);
        } else if (e instanceof Expr.Range r) {
            for (Expr part : new Expr[] {r.from(), r.step(), r.to()}) {
                if (part != null) {
                    out.add(part);
                }
            }
        } else if (e instanceof Expr.IntList l) {
            out.addAll(l.items());
        }
        return out;
    }

    private static List<Statement> flatten(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            out.add(s);
            if (s instanceof Statement.For f) {
                out.addAll(flatten(f.body()));
            } else if (s instanceof Statement.If i) {
                out.addAll(flatten(i.body()));
            }
        }
        return out;
    }

    private static List<Expr> expressions(Statement s) {
        List<Expr> out = new ArrayList<>();
        if (s instanceof Statement.Assign a) {
            out.add(a.target());
            out.add(a.value());
        } else if (s instanceof Statement.AssignPart p) {
            out.add(p.target());
            out.add(p.value());
        } else if (s instanceof Statement.MultiAssign m) {
            out.addAll(m.targets());
            out.add(m.argument());
        } else if (s instanceof Statement.Show show) {
            out.add(show.value());
        } else if (s instanceof Statement.Check c) {
            out.addAll(comparison(c.comparison()));
        } else if (s instanceof Statement.If i) {
            out.addAll(comparison(i.condition()));
        } else if (s instanceof Statement.For f) {
            out.add(f.header().variable());
            out.add(f.header().from());
            if (f.header().step() != null) {
                out.add(f.header().step());
            }
            out.add(f.header().to());
        }
        return out;
    }

    private static List<Expr> comparison(ExprParser.Comparison c) {
        List<Expr> out = new ArrayList<>(List.of(c.left(), c.right()));
        if (c.tolerance() != null) {
            out.add(c.tolerance());
        }
        return out;
    }
}
