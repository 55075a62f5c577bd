package org.factdesk.detector.claim.internal;

import java.util.Arrays;

/**
 * L2-regularized logistic regression, trained full-batch with L-BFGS (history 10) and a backtracking Armijo line
 * search. It minimizes scikit-learn's objective
 * <pre>  C * sum_i log(1 + exp(-y_i * (w.x_i + b))) + |w|^2 / 2</pre>
 * divided by {@code C * n} (which moves no minimum but keeps the numbers near 1); the bias is not regularized.
 * It stops when an iteration lowers the objective by less than 1e-7 of its value, after 500 iterations, or when
 * the line search finds no lower point.
 *
 * <p>Everything runs in one thread in a fixed order with {@link StrictMath}, so the same data gives bit-identical
 * weights on every JVM (since Java 17 all double arithmetic is strict); that is what lets a test check the
 * committed model against a retrained one.
 */
final class LogisticRegression {
    /** Trained parameters: one weight per bucket, and the bias. */
    record Fit(double[] weights, double bias) {
        double score(SparseVector x) {
            return sigmoid(x.dot(weights) + bias);
        }
    }

    private static final int HISTORY = 10;
    private static final int MAX_ITERATIONS = 500;
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 40;
    private static final double RELATIVE_TOLERANCE = 1e-7;

    private final SparseVector[] examples;
    private final boolean[] positive;
    private final int dimension;
    private final double l2;

    private LogisticRegression(SparseVector[] examples, boolean[] positive, int dimension, double l2) {
        this.examples = examples;
        this.positive = positive;
        this.dimension = dimension;
        this.l2 = l2;
    }

    /**
     * @param inverseRegularization C, as in scikit-learn: smaller means a smoother model
     */
    static Fit fit(SparseVector[] examples, boolean[] positive, int dimension, double inverseRegularization) {
        if (examples.length != positive.length || examples.length == 0) {
            throw new IllegalArgumentException("need as many labels as examples, and at least one");
        }
        double l2 = 1 / (inverseRegularization * examples.length);
        return new LogisticRegression(examples, positive, dimension, l2).minimize();
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + StrictMath.exp(-z));
        }
        double e = StrictMath.exp(z);
        return e / (1 + e);
    }

    /** The z at which {@link #sigmoid} reaches {@code p} (0 < p < 1), the log-odds of {@code p}. */
    static double logit(double p) {
        return StrictMath.log(p / (1 - p));
    }

    /** Parameters are the weights followed by the bias, in one array of {@code dimension + 1}. */
    private Fit minimize() {
        int n = dimension + 1;
        double[] x = new double[n];
        double[] g = new double[n];
        double f = evaluate(x, g);
        double[][] s = new double[HISTORY][];
        double[][] y = new double[HISTORY][];
        double[] rho = new double[HISTORY];
        int stored = 0;
        double[] direction = new double[n];
        double[] next = new double[n];
        double[] nextGradient = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            searchDirection(g, s, y, rho, stored, direction);
            double slope = dot(g, direction);
            if (slope >= 0) { // not a descent direction: forget the curvature history and go downhill
                stored = 0;
                for (int j = 0; j < n; j++) {
                    direction[j] = -g[j];
                }
                slope = dot(g, direction);
            }
            // Without curvature history the direction is the raw gradient: start with a step of unit length.
            double step = stored == 0 ? 1 / Math.max(1e-12, StrictMath.sqrt(dot(g, g))) : 1;
            double nextValue = Double.NaN;
            boolean accepted = false;
            for (int halving = 0; halving < MAX_HALVINGS; halving++) {
                for (int j = 0; j < n; j++) {
                    next[j] = x[j] + step * direction[j];
                }
                nextValue = evaluate(next, nextGradient);
                if (nextValue <= f + ARMIJO * step * slope) {
                    accepted = true;
                    break;
                }
                step /= 2;
            }
            if (!accepted) {
                break;
            }
            double[] sNew = new double[n];
            double[] yNew = new double[n];
            for (int j = 0; j < n; j++) {
                sNew[j] = next[j] - x[j];
                yNew[j] = nextGradient[j] - g[j];
            }
            double sy = dot(sNew, yNew);
            if (sy > 1e-12) { // keep only pairs that keep the inverse Hessian estimate positive definite
                if (stored == HISTORY) {
                    System.arraycopy(s, 1, s, 0, HISTORY - 1);
                    System.arraycopy(y, 1, y, 0, HISTORY - 1);
                    System.arraycopy(rho, 1, rho, 0, HISTORY - 1);
                    stored--;
                }
                s[stored] = sNew;
                y[stored] = yNew;
                rho[stored] = 1 / sy;
                stored++;
            }
            double decrease = f - nextValue;
            System.arraycopy(next, 0, x, 0, n);
            System.arraycopy(nextGradient, 0, g, 0, n);
            f = nextValue;
            if (decrease <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(f))) {
                break;
            }
        }
        return new Fit(Arrays.copyOf(x, dimension), x[dimension]);
    }

    /** L-BFGS two-loop recursion: direction = -H * g, with H the inverse Hessian estimate from the history. */
    private static void searchDirection(double[] g, double[][] s, double[][] y, double[] rho, int stored,
            double[] direction) {
        int n = g.length;
        for (int j = 0; j < n; j++) {
            direction[j] = -g[j];
        }
        double[] alpha = new double[stored];
        for (int k = stored - 1; k >= 0; k--) {
            alpha[k] = rho[k] * dot(s[k], direction);
            axpy(-alpha[k], y[k], direction);
        }
        if (stored > 0) {
            double scale = dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
            for (int j = 0; j < n; j++) {
                direction[j] *= scale;
            }
        }
        for (int k = 0; k < stored; k++) {
            double beta = rho[k] * dot(y[k], direction);
            axpy(alpha[k] - beta, s[k], direction);
        }
    }

    /** The objective at {@code x}; writes its gradient into {@code gradient}. */
    private double evaluate(double[] x, double[] gradient) {
        double bias = x[dimension];
        double loss = 0;
        Arrays.fill(gradient, 0);
        double biasGradient = 0;
        for (int i = 0; i < examples.length; i++) {
            SparseVector example = examples[i];
            double z = example.dot(x) + bias;
            loss += logOnePlusExp(positive[i] ? -z : z);
            double error = sigmoid(z) - (positive[i] ? 1 : 0); // d loss / d z
            int[] indices = example.indices();
            double[] values = example.values();
            for (int k = 0; k < indices.length; k++) {
                gradient[indices[k]] += error * values[k];
            }
            biasGradient += error;
        }
        int count = examples.length;
        double squaredNorm = 0;
        for (int j = 0; j < dimension; j++) {
            gradient[j] = gradient[j] / count + l2 * x[j];
            squaredNorm += x[j] * x[j];
        }
        gradient[dimension] = biasGradient / count;
        return loss / count + l2 / 2 * squaredNorm;
    }

    /** log(1 + e^t) without overflow. */
    private static double logOnePlusExp(double t) {
        return t > 0 ? t + StrictMath.log1p(StrictMath.exp(-t)) : StrictMath.log1p(StrictMath.exp(t));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int j = 0; j < x.length; j++) {
            y[j] += a * x[j];
        }
    }
}
