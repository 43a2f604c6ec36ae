package quod.compute.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a {@code compute} block into statements, nesting {@code for} and {@code if}
 * bodies up to their {@code end}. A line that does not parse becomes {@link Statement.Invalid} and an
 * error in {@link #errors()}; the other lines still parse, so one typo does not hide later mistakes.
 */
public final class BlockParser {
    /** A parse error at a 1-based line and 0-based offset in that line. */
    public record ParseError(int line, int offset, String message) { }

    private static final Pattern ASSIGNED = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*(?:\\(.*?\\))?\\s*=[^=]");
    private static final Pattern MULTI = Pattern.compile("^\\s*\\[([^\\]]*)\\]\\s*=(.*)$");
    private static final Pattern LOOP_VARIABLE = Pattern.compile("^\\s*for\\s+([A-Za-z_]\\w*)");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([A-Za-z_]\\w*)");

    /**
     * Blocks inside blocks: running and checking them is recursive, so their depth is limited, like
     * the nesting of an expression. Far more than any page needs.
     */
    static final int MAX_BLOCK_DEPTH = 100;

    private final List<ParseError> errors = new ArrayList<>();

    /** An open for/if block; one that is {@code notRun} (nested too deeply, or a header that did not parse) is reported once. */
    private record Frame(Statement header, List<Statement> body, boolean notRun) { }

    public List<ParseError> errors() {
        return errors;
    }

    /** Parses {@code lines}, the first of which is file line {@code firstLine}. */
    public List<Statement> parse(List<String> lines, int firstLine) {
        List<Statement> top = new ArrayList<>();
        Deque<Frame> open = new ArrayDeque<>();
        for (int k = 0; k < lines.size(); k++) {
            int line = firstLine + k;
            String source = stripComment(lines.get(k));
            if (source.isBlank()) {
                continue;
            }
            List<Statement> into = open.isEmpty() ? top : open.peek().body();
            String word = firstWord(source);
            int after = source.indexOf(word) + word.length();
            try {
                if ((word.equals("for") || word.equals("if")) && open.size() >= MAX_BLOCK_DEPTH) {
                    if (open.size() == MAX_BLOCK_DEPTH) {
                        errors.add(new ParseError(line, source.indexOf(word), "blocks nested too deeply: more than "
                                + MAX_BLOCK_DEPTH + " levels of for and if"));
                    }
                    open.push(new Frame(new Statement.Invalid(line, source, assignedNames(source)), new ArrayList<>(), true));
                    continue;
                }
                switch (word) {
                    case "for" -> open.push(new Frame(new Statement.For(line, source,
                            ExprParser.loopHeader(source.substring(after), after), null), new ArrayList<>(), false));
                    case "if" -> open.push(new Frame(new Statement.If(line, source,
                            ExprParser.comparison(source.substring(after), after), null), new ArrayList<>(), false));
                    case "end" -> {
                        if (!source.substring(after).isBlank()) {
                            throw new ComputeError("expected nothing after 'end'", after);
                        }
                        if (open.isEmpty()) {
                            throw new ComputeError("'end' without a 'for' or 'if' to close", source.indexOf(word));
                        }
                        Frame f = open.pop();
                        if (f.notRun() && !open.isEmpty() && open.peek().notRun()) {
                            // Flattened into the too-deep block around it, which is never run: linear, not quadratic.
                            open.peek().body().add(f.header());
                            open.peek().body().addAll(f.body());
                        } else {
                            (open.isEmpty() ? top : open.peek().body()).add(close(f));
                        }
                    }
                    case "show" -> into.add(show(line, source, after));
                    case "check" -> into.add(check(line, source, after));
                    default -> into.add(assignment(line, source));
                }
            } catch (ComputeError e) {
                errors.add(new ParseError(line, Math.max(0, e.offset()), e.getMessage()));
                Statement invalid = new Statement.Invalid(line, source, assignedNames(source));
                if (word.equals("for") || word.equals("if")) {
                    // The block still ends at its 'end', which then needs no error of its own; its body is not run.
                    open.push(new Frame(invalid, new ArrayList<>(), true));
                } else {
                    into.add(invalid);
                }
            }
        }
        while (!open.isEmpty()) {
            Frame f = open.pop();
            Statement h = f.header();
            if (!f.notRun()) {
                String kind = h instanceof Statement.For ? "for" : "if";
                errors.add(new ParseError(h.line(), h.source().indexOf(kind), "'" + kind + "' without 'end'"));
            }
            Set<String> targets = new LinkedHashSet<>();
            collectTargets(close(f), targets);
            (open.isEmpty() ? top : open.peek().body()).add(new Statement.Invalid(h.line(), h.source(), targets));
        }
        return top;
    }

    private static Statement close(Frame f) {
        if (f.notRun()) {
            // Its body holds only flat statements (blocks inside it are too deep as well), so this stays shallow.
            Set<String> targets = new LinkedHashSet<>();
            collectTargets(f.header(), targets);
            f.body().forEach(b -> collectTargets(b, targets));
            return new Statement.Invalid(f.header().line(), f.header().source(), targets);
        }
        if (f.header() instanceof Statement.For loop) {
            return new Statement.For(loop.line(), loop.source(), loop.header(), List.copyOf(f.body()));
        }
        Statement.If cond = (Statement.If) f.header();
        return new Statement.If(cond.line(), cond.source(), cond.condition(), List.copyOf(f.body()));
    }

    /**
     * {@code check COMPARISON} or {@code check "LABEL": COMPARISON}. A label is plain words on one line,
     * without a {@code "} of its own: the first quote after the opening one closes it, so a colon or an
     * {@code =} inside it is never taken for part of the comparison.
     */
    private static Statement check(int line, String source, int after) {
        int open = after;
        while (open < source.length() && Character.isWhitespace(source.charAt(open))) {
            open++;
        }
        if (open >= source.length() || source.charAt(open) != '"') {
            return new Statement.Check(line, source, null, ExprParser.comparison(source.substring(after), after));
        }
        int close = source.indexOf('"', open + 1);
        if (close < 0) {
            throw new ComputeError("the check's label is not closed: end it with '\"', then ':' and the comparison, "
                    + "as in check \"the loss falls\": L(9) < L(0)", open);
        }
        String label = source.substring(open + 1, close).strip();
        if (label.isEmpty()) {
            throw new ComputeError("the check's label is empty: say in words what the check shows, "
                    + "or leave out the quotes and the ':'", open);
        }
        int colon = close + 1;
        while (colon < source.length() && Character.isWhitespace(source.charAt(colon))) {
            colon++;
        }
        if (colon >= source.length() || source.charAt(colon) != ':') {
            throw new ComputeError("expected ':' after the check's label, then the comparison, "
                    + "as in check \"the loss falls\": L(9) < L(0)", colon);
        }
        return new Statement.Check(line, source, label, ExprParser.comparison(source.substring(colon + 1), colon + 1));
    }

    private static Statement show(int line, String source, int after) {
        String rest = source.substring(after);
        int as = labelStart(rest);
        if (as >= 0) {
            int open = rest.indexOf('"', as);
            String label = rest.substring(open + 1, rest.stripTrailing().length() - 1);
            return new Statement.Show(line, source, ExprParser.expression(rest.substring(0, as), after), label);
        }
        return new Statement.Show(line, source, ExprParser.expression(rest, after), null);
    }

    /**
     * Where {@code EXPR as "LABEL"} has its {@code as}: the first blank-as-blank-quote whose quote is not
     * the last one, and the text must end with a quote. A hand-written scan, not a regular
     * expression, because one with a lazy group backtracks quadratically on a long line.
     *
     * @return the index of the blank before {@code as}, or -1 when there is no label
     */
    static int labelStart(String rest) {
        int last = rest.stripTrailing().length() - 1;
        if (last < 0 || rest.charAt(last) != '"') {
            return -1;
        }
        for (int i = 0; i < last; i++) {
            if (!Character.isWhitespace(rest.charAt(i)) || i > 0 && Character.isWhitespace(rest.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < last && Character.isWhitespace(rest.charAt(j))) {
                j++;
            }
            if (!rest.startsWith("as", j)) {
                continue;
            }
            int k = j + 2;
            int blanks = k;
            while (k < last && Character.isWhitespace(rest.charAt(k))) {
                k++;
            }
            if (k > blanks && k < last && rest.charAt(k) == '"') {
                return i;
            }
        }
        return -1;
    }

    private static Statement assignment(int line, String source) {
        Matcher multi = MULTI.matcher(source);
        if (multi.matches()) {
            return multiAssignment(line, source, multi);
        }
        int eq = topLevelAssign(source);
        if (eq < 0) {
            int start = source.length() - source.stripLeading().length();
            throw new ComputeError("expected a statement: 'x = expression', show, check, for, if or end", start);
        }
        Expr target = ExprParser.expression(source.substring(0, eq), 0);
        Expr value = ExprParser.expression(source.substring(eq + 1), eq + 1);
        if (target instanceof Expr.Ident id) {
            requireAssignable(id);
            return new Statement.Assign(line, source, id, value);
        }
        if (target instanceof Expr.Call part) {
            return new Statement.AssignPart(line, source, part, value);
        }
        throw new ComputeError("the left side of '=' must be a name, such as 'x = ...'", target.start());
    }

    private static Statement multiAssignment(int line, String source, Matcher m) {
        List<Expr.Ident> targets = new ArrayList<>();
        int base = m.start(1);
        for (String part : m.group(1).split(",", -1)) {
            String name = part.trim();
            int at = base + part.indexOf(name.isEmpty() ? part : name);
            if (!name.matches("[A-Za-z_]\\w*")) {
                throw new ComputeError("expected a variable name in [..., ...] =", at);
            }
            Expr.Ident id = new Expr.Ident(name, at, at + name.length());
            requireAssignable(id);
            targets.add(id);
            base += part.length() + 1;
        }
        Expr value = ExprParser.expression(m.group(2), m.start(2));
        if (!(value instanceof Expr.Call call) || !Builtins.MULTI_OUTPUT.containsKey(call.name().name())) {
            throw new ComputeError("only svd, eigsym and qr return several values", value.start());
        }
        ExprParser.requireSeparated(call);
        int outputs = Builtins.MULTI_OUTPUT.get(call.name().name());
        if (targets.size() != outputs || call.args().size() != 1) {
            throw new ComputeError(call.name().name() + " takes 1 argument and returns " + outputs
                    + " values, here " + call.args().size() + " and " + targets.size(), value.start());
        }
        return new Statement.MultiAssign(line, source, List.copyOf(targets), call.name(), call.args().get(0));
    }

    private static void requireAssignable(Expr.Ident id) {
        if (Builtins.isFunction(id.name()) || Builtins.CONSTANTS.contains(id.name())) {
            throw new ComputeError("cannot assign to '" + id.name() + "': it is the name of a "
                    + (Builtins.CONSTANTS.contains(id.name()) ? "constant" : "function"), id.start());
        }
    }

    /** Offset of the '=' that assigns, skipping ==, <=, >=, ~= and anything inside brackets. */
    private static int topLevelAssign(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                boolean partOfOp = (i + 1 < s.length() && s.charAt(i + 1) == '=')
                        || (i > 0 && "=<>~".indexOf(s.charAt(i - 1)) >= 0);
                if (!partOfOp) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Names a line that failed to parse meant to assign, guessed from its text. */
    private static Set<String> assignedNames(String source) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ASSIGNED.matcher(source);
        if (m.find()) {
            out.add(m.group(1));
        }
        Matcher multi = MULTI.matcher(source);
        if (multi.matches()) {
            for (String part : multi.group(1).split(",")) {
                out.add(part.trim());
            }
        }
        Matcher loop = LOOP_VARIABLE.matcher(source);
        if (loop.find()) {
            out.add(loop.group(1));
        }
        return out;
    }

    public static void collectTargets(Statement s, Set<String> into) {
        if (s instanceof Statement.Assign a) {
            into.add(a.target().name());
        } else if (s instanceof Statement.AssignPart p) {
            into.add(p.target().name().name());
        } else if (s instanceof Statement.MultiAssign m) {
            m.targets().forEach(t -> into.add(t.name()));
        } else if (s instanceof Statement.For f) {
            into.add(f.header().variable().name());
            f.body().forEach(b -> collectTargets(b, into));
        } else if (s instanceof Statement.If i) {
            i.body().forEach(b -> collectTargets(b, into));
        } else if (s instanceof Statement.Invalid inv) {
            into.addAll(inv.targets());
        }
    }

    private static String firstWord(String s) {
        Matcher m = FIRST_WORD.matcher(s);
        if (!m.find()) {
            return "";
        }
        String w = m.group(1);
        // "show = 3" is an assignment to a variable named show; "for i = 0:9" is a loop; "check x = 3"
        // is a check with '=' for '==', which the comparison's parser explains.
        if (w.equals("for") || w.equals("if") || topLevelAssign(s) < 0) {
            return w;
        }
        if ((w.equals("check") || w.equals("show")) && startsAnExpression(s.substring(m.end()))) {
            return w;
        }
        return "";
    }

    /** Whether what follows a keyword is the start of an expression (not '=' or '(' of a variable or call). */
    private static boolean startsAnExpression(String rest) {
        String r = rest.stripLeading();
        return rest.length() > r.length() && !r.isEmpty() && r.charAt(0) != '=';
    }

    /** Removes a {@code %} comment, keeping {@code %} inside a quoted label. */
    public static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '%' && !quoted && (i == 0 || line.charAt(i - 1) != '\\')) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
