package quod.compute.language;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default label of {@code show EXPR}: the expression written as readable LaTeX. Names with
 * trailing digits or an underscore get subscripts ({@code W2} to {@code W_{2}}, {@code W_hh} to
 * {@code W_{hh}}), Greek names become letters, {@code A'} becomes {@code A^\top}, {@code *} between
 * matrices is juxtaposition, {@code .*} is {@code \odot}, {@code inv(A)} is {@code A^{-1}} and the
 * norms are written with bars. Anything else is {@code \operatorname{f}(...)}.
 */
public final class LatexLabel {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "eta", "theta",
            "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
            "Gamma", "Delta", "Theta", "Lambda", "Sigma", "Phi", "Psi", "Omega");

    private final Set<String> variables;

    /** {@code variables}: names that are variables, so that {@code A(0, 1)} reads as a subscript. */
    public LatexLabel(Set<String> variables) {
        this.variables = variables;
    }

    public String of(Expr e) {
        if (e instanceof Expr.Num n) {
            return number(n.text());
        } else if (e instanceof Expr.Ident id) {
            return name(id.name());
        } else if (e instanceof Expr.Group g) {
            return "\\left(" + of(g.inner()) + "\\right)";
        } else if (e instanceof Expr.Negate n) {
            return "-" + of(n.operand());
        } else if (e instanceof Expr.Transpose t) {
            return atom(t.operand()) + "^\\top";
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.MatrixLit m) {
            return m.rows().stream().map(r -> r.stream().map(this::of).collect(Collectors.joining(" & ")))
                    .collect(Collectors.joining(" \\\\ ", "\\begin{bmatrix} ", " \\end{bmatrix}"));
        } else if (e instanceof Expr.Range r) {
            if (r.from() == null) {
                return ":";
            }
            return of(r.from()) + (r.step() == null ? "" : "{:}" + of(r.step())) + "{:}" + (r.to() == null ? "" : of(r.to()));
        } else if (e instanceof Expr.IntList l) {
            return l.items().stream().map(this::of).collect(Collectors.joining("\\,"));
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private String binary(Expr.Binary b) {
        String l = of(b.left());
        String r = of(b.right());
        return switch (b.op()) {
            case "*" -> b.right() instanceof Expr.Num || b.left() instanceof Expr.Num && b.right() instanceof Expr.Negate
                    ? l + " \\cdot " + r : l + " " + r;
            case ".*" -> l + " \\odot " + r;
            case "./" -> l + " \\oslash " + r;
            case "\\" -> l + " \\backslash " + r;
            case "^" -> atom(b.left()) + "^{" + r + "}";
            case ".^" -> atom(b.left()) + "^{\\circ " + r + "}";
            default -> l + " " + b.op() + " " + r;
        };
    }

    private String call(Expr.Call c) {
        String name = c.name().name();
        List<Expr> args = c.args();
        String joined = args.stream().map(this::of).collect(Collectors.joining(", "));
        if (variables.contains(name)) {
            String base = name(name);
            // A name that already has a subscript is braced, since W_{2}_{0,1} is not valid LaTeX.
            return (base.contains("_") ? "{" + base + "}" : base) + "_{" + args.stream().map(this::of).collect(Collectors.joining(",")) + "}";
        }
        if (args.size() == 1) {
            Expr a = args.get(0);
            switch (name) {
                case "inv":
                    return atom(a) + "^{-1}";
                case "pinv":
                    return atom(a) + "^{+}";
                case "normF":
                    return "\\|" + of(a) + "\\|_F";
                case "norm2":
                    return "\\|" + of(a) + "\\|_2";
                case "abs":
                    return "\\left|" + of(a) + "\\right|";
                case "sqrt":
                    return "\\sqrt{" + of(a) + "}";
                case "det", "exp", "log", "tanh", "sin", "cos", "max", "min":
                    return "\\" + name + "\\left(" + joined + "\\right)";
                case "trace":
                    return "\\operatorname{tr}\\left(" + joined + "\\right)";
                default:
                    break;
            }
        }
        return "\\operatorname{" + name + "}\\left(" + joined + "\\right)";
    }

    /** An operand that needs parentheses before a superscript unless it is a name or a number. */
    private String atom(Expr e) {
        String s = of(e);
        boolean simple = e instanceof Expr.Ident || e instanceof Expr.Num || e instanceof Expr.Group
                || (e instanceof Expr.Call c && variables.contains(c.name().name())) || e instanceof Expr.MatrixLit;
        return simple ? s : "\\left(" + s + "\\right)";
    }

    static String name(String n) {
        int underscore = n.indexOf('_');
        if (underscore > 0 && underscore < n.length() - 1) {
            return base(n.substring(0, underscore)) + "_{" + escape(n.substring(underscore + 1)) + "}";
        }
        int digits = n.length();
        while (digits > 0 && Character.isDigit(n.charAt(digits - 1))) {
            digits--;
        }
        if (digits > 0 && digits < n.length()) {
            return base(n.substring(0, digits)) + "_{" + n.substring(digits) + "}";
        }
        return base(n);
    }

    private static String base(String n) {
        if (GREEK.contains(n)) {
            return "\\" + n;
        }
        return n.length() == 1 ? n : "\\mathrm{" + escape(n) + "}";
    }

    private static String escape(String s) {
        return s.replace("_", "\\_");
    }

    private static String number(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        // Kept as text, not parsed: an exponent may have more digits than any int ("1e-99999999999").
        String exponent = text.substring(e + 1).replace("+", "");
        boolean negative = exponent.startsWith("-");
        String digits = exponent.substring(negative ? 1 : 0).replaceFirst("^0+(?=.)", "");
        return (mantissa.equals("1") ? "" : mantissa + " \\times ") + "10^{" + (negative ? "-" : "") + digits + "}";
    }
}
