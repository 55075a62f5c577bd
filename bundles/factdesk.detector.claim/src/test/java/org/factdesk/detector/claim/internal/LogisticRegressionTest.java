package org.factdesk.detector.claim.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    private static final SparseVector NONE = new SparseVector(new int[0], new double[0]);

    private static SparseVector bucket(int index) {
        return new SparseVector(new int[] {index}, new double[] {1});
    }

    @Test
    void biasAloneLearnsTheBaseRate() {
        SparseVector[] x = {NONE, NONE, NONE, NONE};
        LogisticRegression.Fit fit = LogisticRegression.fit(x, new boolean[] {true, false, false, false}, 4, 1);
        assertEquals(0.25, fit.score(NONE), 1e-6);
        assertArrayEquals(new double[4], fit.weights());
    }

    @Test
    void separatesAndRegularizationShrinksTheWeights() {
        SparseVector[] x = {bucket(0), bucket(0), bucket(1), bucket(1), bucket(2)};
        boolean[] y = {true, true, false, false, true};
        LogisticRegression.Fit loose = LogisticRegression.fit(x, y, 3, 100);
        LogisticRegression.Fit tight = LogisticRegression.fit(x, y, 3, 0.1);
        assertTrue(loose.score(bucket(0)) > 0.95);
        assertTrue(loose.score(bucket(1)) < 0.05);
        assertTrue(tight.score(bucket(0)) > 0.5 && tight.score(bucket(0)) < loose.score(bucket(0)));
        assertTrue(Math.abs(tight.weights()[0]) < Math.abs(loose.weights()[0]));
    }

    @Test
    void isDeterministic() {
        SparseVector[] x = {bucket(0), bucket(1), new SparseVector(new int[] {0, 1}, new double[] {0.5, 0.5})};
        boolean[] y = {true, false, true};
        LogisticRegression.Fit a = LogisticRegression.fit(x, y, 2, 1);
        LogisticRegression.Fit b = LogisticRegression.fit(x, y, 2, 1);
        assertArrayEquals(a.weights(), b.weights());
        assertEquals(a.bias(), b.bias());
    }

    @Test
    void sigmoidIsStableAtTheExtremes() {
        assertEquals(0.5, LogisticRegression.sigmoid(0));
        assertEquals(1.0, LogisticRegression.sigmoid(1000));
        assertEquals(0.0, LogisticRegression.sigmoid(-1000));
    }

    @Test
    void needsLabelsForEveryExample() {
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(new SparseVector[] {NONE}, new boolean[2], 1, 1));
    }
}
