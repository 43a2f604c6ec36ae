package quod.compute.language;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names the directive language knows: its functions, how many arguments each takes (checked
 * before EJML sees a call, because EJML fails with a NullPointerException on a wrong count) and what
 * shape each returns, and its constants. The runtime implements them.
 */
public final class Builtins {
    private Builtins() {
    }

    /** Names that are constants, not variables: they cannot be assigned. */
    public static final Set<String> CONSTANTS = Set.of("pi", "e");

    /** Allowed argument counts of a function. */
    public record Arity(int min, int max) {
        public boolean accepts(int n) {
            return n >= min && n <= max;
        }

        public String describe() {
            return min == max ? min + (min == 1 ? " argument" : " arguments") : min + " or " + max + " arguments";
        }
    }

    /** Functions that return several values and so only appear as {@code [A, B] = f(X)}. */
    public static final Map<String, Integer> MULTI_OUTPUT = Map.of("svd", 3, "eigsym", 2, "qr", 2);

    private static final Map<String, Arity> FUNCTIONS = new TreeMap<>(Map.ofEntries(
            // EJML's own
            Map.entry("eye", new Arity(1, 1)), Map.entry("normF", new Arity(1, 1)), Map.entry("normP", new Arity(2, 2)),
            Map.entry("sum", new Arity(1, 2)), Map.entry("det", new Arity(1, 1)), Map.entry("inv", new Arity(1, 1)),
            Map.entry("pinv", new Arity(1, 1)), Map.entry("rref", new Arity(1, 1)), Map.entry("trace", new Arity(1, 1)),
            Map.entry("zeros", new Arity(2, 2)), Map.entry("ones", new Arity(2, 2)), Map.entry("diag", new Arity(1, 1)),
            Map.entry("dot", new Arity(2, 2)), Map.entry("solve", new Arity(2, 2)), Map.entry("kron", new Arity(2, 2)),
            Map.entry("abs", new Arity(1, 1)), Map.entry("max", new Arity(1, 2)), Map.entry("min", new Arity(1, 2)),
            Map.entry("pow", new Arity(2, 2)), Map.entry("sin", new Arity(1, 1)), Map.entry("cos", new Arity(1, 1)),
            Map.entry("atan", new Arity(1, 1)), Map.entry("atan2", new Arity(2, 2)), Map.entry("exp", new Arity(1, 1)),
            Map.entry("log", new Arity(1, 1)),
            // replaced or added by Quod
            Map.entry("sqrt", new Arity(1, 1)), Map.entry("rand", new Arity(1, 2)), Map.entry("randn", new Arity(1, 2)),
            Map.entry("svals", new Arity(1, 1)), Map.entry("eigvals", new Arity(1, 1)),
            Map.entry("tanh", new Arity(1, 1)), Map.entry("relu", new Arity(1, 1)), Map.entry("sigmoid", new Arity(1, 1)),
            Map.entry("dtanh", new Arity(1, 1)), Map.entry("drelu", new Arity(1, 1)), Map.entry("dsigmoid", new Arity(1, 1)),
            Map.entry("specrad", new Arity(1, 1)), Map.entry("norm2", new Arity(1, 1)), Map.entry("rank", new Arity(1, 1)),
            Map.entry("cond", new Arity(1, 1)), Map.entry("colmeans", new Arity(1, 1)), Map.entry("rowmeans", new Arity(1, 1)),
            Map.entry("center", new Arity(1, 1)), Map.entry("randorth", new Arity(1, 1)), Map.entry("numel", new Arity(1, 1)),
            Map.entry("rows", new Arity(1, 1)), Map.entry("cols", new Arity(1, 1)),
            Map.entry("svd", new Arity(1, 1)), Map.entry("eigsym", new Arity(1, 1)), Map.entry("qr", new Arity(1, 1))));

    /** Elementwise functions: the result has the shape of the argument. */
    public static final Set<String> ELEMENTWISE = Set.of("abs", "sqrt", "exp", "log", "tanh", "relu", "sigmoid",
            "dtanh", "drelu", "dsigmoid", "sin", "cos", "atan");

    /** Functions whose result is always one number. */
    public static final Set<String> SCALAR_VALUED = Set.of("normF", "normP", "det", "trace", "dot", "specrad", "norm2",
            "rank", "cond", "numel", "rows", "cols");

    public static boolean isFunction(String name) {
        return FUNCTIONS.containsKey(name);
    }

    public static Arity arity(String name) {
        return FUNCTIONS.get(name);
    }

}
