package quod.compute.runtime;

import quod.compute.language.Builtins;
import quod.compute.language.ComputeError;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.equation.ManagerFunctions;
import org.ejml.equation.ManagerTempVariables;
import org.ejml.equation.Operation;
import org.ejml.equation.Variable;
import org.ejml.equation.VariableDouble;
import org.ejml.equation.VariableInteger;
import org.ejml.equation.VariableMatrix;
import org.ejml.equation.VariableScalar;
import quod.config.Limits;

/**
 * The functions Quod adds to EJML's {@link ManagerFunctions}; which names exist and how many arguments
 * they take is {@link Builtins}.
 */
final class FunctionLibrary {
    private FunctionLibrary() {
    }

    /**
     * Adds Quod's functions to one Equation's function table; randomness comes from the page's
     * generator. The sizes of random matrices were bounded by {@link MatrixSizes} before running; they
     * are checked again here, before allocating, because these functions are Quod's own.
     */
    static void register(ManagerFunctions f, Random random, Limits limits) {
        elementwise(f, "sqrt", Math::sqrt);
        elementwise(f, "tanh", Math::tanh);
        elementwise(f, "relu", x -> x > 0 ? x : 0);
        elementwise(f, "sigmoid", FunctionLibrary::sigmoid);
        elementwise(f, "dtanh", x -> 1 - Math.tanh(x) * Math.tanh(x));
        // The derivative at 0 is taken as 0, the convention of most deep-learning texts.
        elementwise(f, "drelu", x -> x > 0 ? 1 : 0);
        elementwise(f, "dsigmoid", x -> sigmoid(x) * (1 - sigmoid(x)));
        toMatrix(f, "svals", LinearAlgebra::singularValues);
        toMatrix(f, "eigvals", a -> CommonOps_DDRM.extractDiag(LinearAlgebra.eigsym(a, "eigvals").l(), null));
        toMatrix(f, "colmeans", a -> {
            DMatrixRMaj m = CommonOps_DDRM.sumCols(a, null);
            CommonOps_DDRM.divide(m, a.numRows);
            return m;
        });
        toMatrix(f, "rowmeans", FunctionLibrary::rowMeans);
        toMatrix(f, "center", a -> {
            DMatrixRMaj means = rowMeans(a);
            DMatrixRMaj out = a.copy();
            for (int i = 0; i < a.numRows; i++) {
                for (int j = 0; j < a.numCols; j++) {
                    out.set(i, j, a.get(i, j) - means.get(i));
                }
            }
            return out;
        });
        toDouble(f, "specrad", LinearAlgebra::spectralRadius);
        toDouble(f, "norm2", NormOps_DDRM::normP2);
        toDouble(f, "cond", LinearAlgebra::cond);
        toInt(f, "rank", LinearAlgebra::rank);
        toInt(f, "numel", DMatrixRMaj::getNumElements);
        toInt(f, "rows", a -> a.numRows);
        toInt(f, "cols", a -> a.numCols);
        f.add1("randorth", (v, m) -> matrixOp(m, "randorth", List.of(v), args -> {
            int n = size(args.get(0), "randorth");
            requireWithin(limits, "randorth", n, n);
            return LinearAlgebra.randomOrthogonal(n, random);
        }));
        ManagerFunctions.InputN randn = (vs, m) -> matrixOp(m, "randn", vs, args -> fill(args, "randn", limits, random::nextGaussian));
        ManagerFunctions.InputN rand = (vs, m) -> matrixOp(m, "rand", vs, args -> fill(args, "rand", limits, random::nextDouble));
        f.addN("randn", randn);
        f.addN("rand", rand);
        f.add1("randn", (v, m) -> randn.create(List.of(v), m));
        f.add1("rand", (v, m) -> rand.create(List.of(v), m));
        TransposedProducts.register(f);
        // EJML's pinv, faster on tall and wide matrices; a number's pinv stays EJML's (1 / x, a number).
        f.add1("pinv", (v, m) -> v instanceof VariableMatrix
                ? matrixOp(m, "pinv", List.of(v), args -> PseudoInverse.of(matrix(args.get(0))))
                : Operation.pinv(v, m));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static DMatrixRMaj rowMeans(DMatrixRMaj a) {
        DMatrixRMaj m = CommonOps_DDRM.sumRows(a, null);
        CommonOps_DDRM.divide(m, a.numCols);
        return m;
    }

    private static DMatrixRMaj fill(List<Variable> args, String fn, Limits limits, java.util.function.DoubleSupplier draw) {
        int r = size(args.get(0), fn);
        int c = args.size() > 1 ? size(args.get(1), fn) : r;
        requireWithin(limits, fn, r, c);
        DMatrixRMaj out = new DMatrixRMaj(r, c);
        for (int i = 0; i < r * c; i++) {
            out.data[i] = draw.getAsDouble();
        }
        return out;
    }

    private static void elementwise(ManagerFunctions f, String name, DoubleUnaryOperator op) {
        f.add1(name, (v, m) -> {
            Operation.Info info = new Operation.Info();
            if (v instanceof VariableScalar s) {
                VariableDouble out = m.createDouble();
                info.output = out;
                info.op = new Operation(name) {
                    @Override
                    public void process() {
                        out.value = op.applyAsDouble(s.getDouble());
                    }
                };
            } else {
                VariableMatrix in = (VariableMatrix) v;
                VariableMatrix out = m.createMatrix();
                info.output = out;
                info.op = new Operation(name) {
                    @Override
                    public void process() {
                        out.matrix.reshape(in.matrix.numRows, in.matrix.numCols);
                        for (int i = 0; i < in.matrix.getNumElements(); i++) {
                            out.matrix.data[i] = op.applyAsDouble(in.matrix.data[i]);
                        }
                    }
                };
            }
            return info;
        });
    }

    private static void toMatrix(ManagerFunctions f, String name, Function<DMatrixRMaj, DMatrixRMaj> fn) {
        f.add1(name, (v, m) -> matrixOp(m, name, List.of(v), args -> fn.apply(matrix(args.get(0)))));
    }

    private static void toDouble(ManagerFunctions f, String name, ToDoubleFunction<DMatrixRMaj> fn) {
        f.add1(name, (v, m) -> {
            VariableDouble out = m.createDouble();
            return info(out, new Operation(name) {
                @Override
                public void process() {
                    out.value = fn.applyAsDouble(matrix(v));
                }
            });
        });
    }

    private static void toInt(ManagerFunctions f, String name, ToIntFunction<DMatrixRMaj> fn) {
        f.add1(name, (v, m) -> {
            VariableInteger out = m.createInteger();
            return info(out, new Operation(name) {
                @Override
                public void process() {
                    out.value = fn.applyAsInt(matrix(v));
                }
            });
        });
    }

    private static Operation.Info matrixOp(ManagerTempVariables m, String name, List<Variable> args,
                                           Function<List<Variable>, DMatrixRMaj> fn) {
        VariableMatrix out = m.createMatrix();
        return info(out, new Operation(name) {
            @Override
            public void process() {
                // Every fn returns a new matrix: it becomes the output rather than being copied into it, which would
                // hold it twice. Later operations read the output's field when they run, so they see it.
                out.matrix = fn.apply(args);
            }
        });
    }

    private static Operation.Info info(Variable out, Operation op) {
        Operation.Info info = new Operation.Info();
        info.output = out;
        info.op = op;
        return info;
    }

    /** A variable as a matrix; a scalar is taken as 1x1 so that {@code norm2(3)} works. */
    static DMatrixRMaj matrix(Variable v) {
        if (v instanceof VariableMatrix m) {
            return m.matrix;
        }
        return new DMatrixRMaj(1, 1, true, ((VariableScalar) v).getDouble());
    }

    private static void requireWithin(Limits limits, String fn, int rows, int cols) {
        if ((long) rows * cols > limits.matrixElements()) {
            throw new ComputeError(fn + " of size " + rows + "x" + cols + " would have " + (long) rows * cols
                    + " elements, more than the limit of " + limits.matrixElements() + " (limits.matrixElements in site.yml)", -1);
        }
    }

    private static int size(Variable v, String fn) {
        double d = v instanceof VariableScalar s ? s.getDouble() : Double.NaN;
        if (v instanceof VariableMatrix m && m.matrix.getNumElements() == 1) {
            d = m.matrix.get(0);
        }
        if (!(d >= 0 && d == Math.rint(d) && d <= Integer.MAX_VALUE)) {
            throw new ComputeError(fn + " needs a non-negative whole number as size", -1);
        }
        return (int) d;
    }
}
