package quod.compute.runtime;

import quod.compute.language.ComputeError;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.ejml.MatrixDimensionException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.equation.Equation;
import org.ejml.equation.Sequence;
import org.ejml.equation.Variable;
import org.ejml.equation.VariableDouble;
import org.ejml.equation.VariableInteger;
import org.ejml.equation.VariableMatrix;

/**
 * The variables of one page and the EJML {@link Equation} that computes with them.
 *
 * <p>Each distinct expression is compiled once into a {@link Sequence} that writes a private result
 * variable, and re-run on later uses (loops). Sequences bind to EJML's variable objects, which stay
 * the same while a variable keeps its kind (integer, number, matrix): a matrix that changes shape is
 * re-aliased in place and the sequences follow. When a variable changes kind, EJML cannot rebind it,
 * so the workspace starts a fresh Equation with the same values and recompiles on demand.
 *
 * <p>A compiled sequence keeps its intermediate results (EJML reuses them on the next run), so the
 * workspace remembers how many elements each may hold, for the page's memory limit, and
 * {@link #release()} drops them all once no loop will run them again.
 */
final class Workspace {
    private final Random random;
    private final quod.config.Limits limits;
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Map<String, Compiled> compiled = new HashMap<>();
    /** Elements each compiled expression's intermediate results may hold, by its text. */
    private final Map<String, Double> retained = new HashMap<>();
    /** Sums kept as values change, since the page's limit is checked before every expression, loops included. */
    private double retainedTotal;
    private double valuesTotal;
    private Equation equation;
    private int generation;
    private int resultNames;

    private record Compiled(int generation, Sequence sequence, String resultName) { }

    Workspace(Random random, quod.config.Limits limits) {
        this.random = random;
        this.limits = limits;
        this.equation = newEquation();
    }

    /** The current values by name, read-only. */
    Map<String, Value> scope() {
        return Collections.unmodifiableMap(values);
    }

    Value get(String name) {
        return values.get(name);
    }

    /**
     * Runs an already checked expression and returns a value the caller owns. {@code elements} is at
     * least the number of matrix elements running it creates (see {@link MatrixSizes}).
     */
    Value evaluate(String text, double elements) {
        Compiled c = compiled.get(text);
        if (c == null || c.generation() != generation) {
            String result = "_quod" + (resultNames++);
            c = new Compiled(generation, compile(result + " = " + text), result);
            compiled.put(text, c);
        }
        retain(text, elements);
        perform(c.sequence());
        return read(equation.lookupVariable(c.resultName()));
    }

    /**
     * Assigns into part of an existing matrix, {@code A(0, 1:2) = expr}; {@code key} is the statement's text
     * in EJML's words, made a key by {@link #partKey}.
     */
    void assignPart(String name, String key, double elements) {
        Compiled c = compiled.get(key);
        if (c == null || c.generation() != generation) {
            c = new Compiled(generation, compile(key.substring(PART.length())), name);
            compiled.put(key, c);
        }
        retain(key, elements);
        perform(c.sequence());
        DMatrixRMaj m = equation.lookupDDRM(name);
        put(name, new Value.Matrix(m));
    }

    /**
     * Matrix elements the page holds: its variables, and the intermediate results compiled
     * expressions keep, except those of {@code text}, which running it again reuses.
     */
    double elementsHeld(String text) {
        return valuesTotal + retainedTotal - retained.getOrDefault(text, 0.0);
    }

    private void retain(String key, double elements) {
        double old = retained.getOrDefault(key, 0.0);
        if (elements > old) {
            retained.put(key, elements);
            retainedTotal += elements - old;
        }
    }

    /** Puts a value, keeping {@link #valuesTotal}; returns the value it replaces. */
    private Value put(String name, Value value) {
        Value old = values.put(name, value);
        valuesTotal += elements(value) - (old == null ? 0 : elements(old));
        return old;
    }

    private static double elements(Value v) {
        return v instanceof Value.Matrix m ? m.matrix().getNumElements() : 0;
    }

    /** The key under which {@link #assignPart} keeps its compiled statement, for {@link #elementsHeld}. */
    static String partKey(String statement) {
        return PART + statement;
    }

    /** Marks a statement's key apart from every expression's, which cannot start with it. */
    private static final String PART = "\u0000";

    /**
     * Forgets every compiled expression and the intermediate results it keeps: called between
     * statements outside loops, where no expression runs twice, so a page's memory is its variables.
     */
    void release() {
        if (compiled.isEmpty()) {
            return;
        }
        compiled.clear();
        retained.clear();
        retainedTotal = 0;
        generation++;
        equation = newEquation();
        values.forEach(this::alias);
    }

    void assign(String name, Value value) {
        Value old = put(name, value);
        if (old != null && kind(old) != kind(value)) {
            generation++;
            equation = newEquation();
            values.forEach(this::alias);
        } else {
            alias(name, value);
        }
    }

    private void alias(String name, Value value) {
        if (value instanceof Value.Matrix m) {
            equation.alias(m.matrix(), name);
        } else if (((Value.Scalar) value).integral()) {
            equation.alias((int) ((Value.Scalar) value).value(), name);
        } else {
            equation.alias(((Value.Scalar) value).value(), name);
        }
    }

    private static int kind(Value v) {
        return v instanceof Value.Matrix ? 2 : ((Value.Scalar) v).integral() ? 1 : 0;
    }

    private Equation newEquation() {
        Equation eq = new Equation();
        FunctionLibrary.register(eq.getFunctions(), random, limits);
        return eq;
    }

    private static Value read(Variable v) {
        if (v instanceof VariableMatrix m) {
            // The result variable is Quod's own (never aliased to a page variable): take its matrix
            // rather than copy it. EJML's copy into it reads the field each run, so it gets a new one.
            DMatrixRMaj result = m.matrix;
            m.matrix = new DMatrixRMaj(1, 1);
            return new Value.Matrix(result);
        }
        if (v instanceof VariableInteger i) {
            return new Value.Scalar(i.value, true);
        }
        if (v instanceof VariableDouble d) {
            return new Value.Scalar(d.value, false);
        }
        throw new ComputeError("this expression is an integer range, not a value; ranges belong inside A(...) or [...]", -1);
    }

    private Sequence compile(String statement) {
        return translated(() -> equation.compile(statement));
    }

    private static void perform(Sequence s) {
        translated(() -> {
            s.perform();
            return null;
        });
    }

    /** For indices known only when running; those known before are reported at the index by {@link Indices}. */
    private static final String OUT_OF_RANGE = "an index here is out of range for its matrix (indices start at 0)";

    /** Runs EJML code, turning its position-less exceptions into messages a user can act on. */
    private static <T> T translated(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ComputeError e) {
            throw e;
        } catch (MatrixDimensionException e) {
            if (String.valueOf(e.getMessage()).matches("(?s).*src[XY][01].*")) {
                // EJML's check of a block of rows or columns taken out of a matrix, in its variable names
                throw new ComputeError(OUT_OF_RANGE, -1);
            }
            throw new ComputeError("matrix dimensions do not agree (" + e.getMessage() + ")", -1);
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("start - 1") || m.contains("step size")) {
                // EJML's words for a backwards range or a step below 1 whose parts were only known when running
                throw new ComputeError("a range here counts down or has a step below 1: ranges count up, "
                        + "from the smaller index to the larger", -1);
            }
            throw new ComputeError(m.contains("out of bounds") ? "index out of range (" + m + ")" : m, -1);
        } catch (IndexOutOfBoundsException e) {
            // EJML does not check the indices of a range against the matrix; Java's array check does
            throw new ComputeError(OUT_OF_RANGE, -1);
        } catch (RuntimeException e) {
            throw new ComputeError("cannot compute this: " + e.getMessage(), -1);
        }
    }

}
