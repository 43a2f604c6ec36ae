package quod.compute.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The functions Quod adds to EJML, on inputs whose results are known exactly. */
class FunctionLibraryTest {
    private static final Offset<Double> EPS = within(1e-12);
    private static final double R = Math.sqrt(0.5);

    private static void assertMatrix(double[][] actual, double[][] expected) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).containsExactly(expected[i], EPS);
        }
    }

    @Test
    void svdOfDiagonalMatrixIsItselfWithIdentityFactors() {
        String[] setup = {"[U, S, V] = svd([3 0; 0 2])"};
        assertMatrix(Eval.matrix("S", setup), new double[][] {{3, 0}, {0, 2}});
        assertMatrix(Eval.matrix("U", setup), new double[][] {{1, 0}, {0, 1}});
        assertMatrix(Eval.matrix("V", setup), new double[][] {{1, 0}, {0, 1}});
    }

    @Test
    void svdSortsSingularValuesDescendingAndReconstructs() {
        String[] setup = {"X = [0 2; 3 0; 0 0]", "[U, S, V] = svd(X)"};
        assertMatrix(Eval.matrix("S", setup), new double[][] {{3, 0}, {0, 2}});
        assertThat(Eval.matrix("U", setup)).hasDimensions(3, 2);
        assertThat(Eval.number("normF(U*S*V' - X)", setup)).isCloseTo(0, EPS);
    }

    @Test
    void svalsAreDescendingColumn() {
        assertMatrix(Eval.matrix("svals([2 0 0; 0 -5 0; 0 0 1])"), new double[][] {{5}, {2}, {1}});
    }

    @Test
    void eigsymOfTwoByTwoGivesThreeAndOne() {
        String[] setup = {"A = [2 1; 1 2]", "[Q, L] = eigsym(A)"};
        assertMatrix(Eval.matrix("L", setup), new double[][] {{3, 0}, {0, 1}});
        assertMatrix(Eval.matrix("Q", setup), new double[][] {{R, R}, {R, -R}});
        assertMatrix(Eval.matrix("eigvals(A)", setup), new double[][] {{3}, {1}});
    }

    @Test
    void qrHasNonNegativeDiagonalOfR() {
        String[] setup = {"[Q, R] = qr([3 1; 4 2])"};
        assertMatrix(Eval.matrix("Q", setup), new double[][] {{0.6, -0.8}, {0.8, 0.6}});
        assertMatrix(Eval.matrix("R", setup), new double[][] {{5, 2.2}, {0, 0.4}});
    }

    @Test
    void thinQrOfTallMatrix() {
        String[] setup = {"X = [1 0; 0 1; 0 0]", "[Q, R] = qr(X)"};
        assertThat(Eval.matrix("Q", setup)).hasDimensions(3, 2);
        assertMatrix(Eval.matrix("R", setup), new double[][] {{1, 0}, {0, 1}});
    }

    @Test
    void activationsAndTheirDerivativesAtKnownPoints() {
        assertMatrix(Eval.matrix("relu([-1 0 2])"), new double[][] {{0, 0, 2}});
        assertMatrix(Eval.matrix("drelu([-1 0 2])"), new double[][] {{0, 0, 1}});
        assertThat(Eval.number("tanh(0)")).isCloseTo(0, EPS);
        assertThat(Eval.number("dtanh(0)")).isCloseTo(1, EPS);
        assertThat(Eval.number("dtanh(1)")).isCloseTo(1 - Math.tanh(1) * Math.tanh(1), EPS);
        assertThat(Eval.number("sigmoid(0)")).isCloseTo(0.5, EPS);
        assertThat(Eval.number("dsigmoid(0)")).isCloseTo(0.25, EPS);
        assertMatrix(Eval.matrix("tanh([0 0; 0 0])"), new double[][] {{0, 0}, {0, 0}});
    }

    @Test
    void sqrtIsElementwiseOnMatrices() {
        assertMatrix(Eval.matrix("sqrt([4 9; 16 0])"), new double[][] {{2, 3}, {4, 0}});
    }

    @Test
    void spectralRadiusOfScaledRotationIsTwo() {
        assertThat(Eval.number("specrad(2*[0 -1; 1 0])")).isCloseTo(2, EPS);
    }

    @Test
    void norm2IsLargestSingularValueAndEuclideanForVectors() {
        assertThat(Eval.number("norm2([3; 4])")).isCloseTo(5, EPS);
        assertThat(Eval.number("norm2([3 0; 0 -7])")).isCloseTo(7, EPS);
    }

    @Test
    void rankAndCondition() {
        assertThat(Eval.number("rank([1 2; 2 4])")).isEqualTo(1);
        assertThat(Eval.number("rank(eye(3))")).isEqualTo(3);
        assertThat(Eval.number("cond([4 0; 0 2])")).isCloseTo(2, EPS);
    }

    @Test
    void meansAndCenteringTreatRowsAsFeatures() {
        assertMatrix(Eval.matrix("colmeans([1 2; 3 4])"), new double[][] {{2, 3}});
        assertMatrix(Eval.matrix("rowmeans([1 2; 3 4])"), new double[][] {{1.5}, {3.5}});
        assertMatrix(Eval.matrix("center([1 2; 3 4])"), new double[][] {{-0.5, 0.5}, {-0.5, 0.5}});
    }

    @Test
    void randomOrthogonalMatrixIsOrthogonal() {
        assertThat(Eval.number("normF(Q'*Q - eye(5))", "Q = randorth(5)")).isCloseTo(0, within(1e-12));
        assertThat(Eval.number("abs(det(randorth(3)))")).isCloseTo(1, within(1e-12));
    }

    @Test
    void diagMovesBetweenVectorAndMatrix() {
        assertMatrix(Eval.matrix("diag([3; 2])"), new double[][] {{3, 0}, {0, 2}});
        assertMatrix(Eval.matrix("diag([1 2; 3 4])"), new double[][] {{1}, {4}});
    }

    @Test
    void sizesAreIntegersUsableAsSizes() {
        String[] setup = {"A = [1 2 3; 4 5 6]"};
        assertThat(Eval.number("numel(A)", setup)).isEqualTo(6);
        assertThat(Eval.number("rows(A)", setup)).isEqualTo(2);
        assertThat(Eval.number("cols(A)", setup)).isEqualTo(3);
        assertThat(Eval.matrix("zeros(rows(A), cols(A))", setup)).hasDimensions(2, 3);
    }

    @Test
    void vectorElementByIndex() {
        assertThat(Eval.number("v(2)", "v = [5; 6; 7]")).isEqualTo(7);
        assertThat(Eval.number("A(1, 0)", "A = [1 2; 3 4]")).isEqualTo(3);
    }

    @Test
    void randomNumbersDependOnlyOnTheSeed() {
        String[] setup = {"a = randn(3, 3)", "b = rand(2)"};
        assertThat(Eval.matrix("a", setup)).isDeepEqualTo(Eval.matrix("a", setup));
        assertThat(Eval.matrix("b", setup)).hasDimensions(2, 2);
        // Two draws in a row differ: the generator is the page's, not reset per statement.
        assertThat(Eval.number("normF(x - y)", "x = randn(2, 2)", "y = randn(2, 2)")).isGreaterThan(0.1);
    }
}
