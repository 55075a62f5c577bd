package org.factdesk.support.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassifierMetricsTest {
    private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.5};
    private static final boolean[] LABELS = {true, false, true, false, false};

    @Test
    void precisionRecallAndF1AtTheThreshold() {
        ClassifierMetrics m = ClassifierMetrics.of(SCORES, LABELS, 0.65);
        assertEquals(2 / 3.0, m.precision(), 1e-12);
        assertEquals(1.0, m.recall(), 1e-12);
        assertEquals(0.8, m.f1(), 1e-12);
        assertEquals(0.65, m.threshold());

        ClassifierMetrics strict = ClassifierMetrics.of(SCORES, LABELS, 0.9); // a score equal to it counts
        assertEquals(1.0, strict.precision(), 1e-12);
        assertEquals(0.5, strict.recall(), 1e-12);
        assertEquals(2 / 3.0, strict.f1(), 1e-12);

        ClassifierMetrics none = ClassifierMetrics.of(SCORES, LABELS, 0.95);
        assertEquals(0, none.precision());
        assertEquals(0, none.recall());
        assertEquals(0, none.f1());
    }

    @Test
    void averagePrecisionIsTheMeanPrecisionAtEachPositive() {
        // positives at ranks 1 and 3: (1/1 + 2/3) / 2
        assertEquals(5 / 6.0, ClassifierMetrics.averagePrecision(SCORES, LABELS), 1e-12);
        assertEquals(1.0, ClassifierMetrics.averagePrecision(new double[] {0.2, 0.1}, new boolean[] {true, false}));
        assertEquals(0.0, ClassifierMetrics.averagePrecision(new double[] {0.2, 0.1}, new boolean[] {false, false}));
    }

    @Test
    void tiedScoresFormOneStep() {
        // scikit-learn: average_precision_score([1, 0, 1], [0.5, 0.5, 0.1]) = 0.5 * 1/2 + 0.5 * 2/3
        assertEquals(0.5 * 0.5 + 0.5 * 2 / 3.0,
                ClassifierMetrics.averagePrecision(new double[] {0.5, 0.5, 0.1}, new boolean[] {true, false, true}),
                1e-12);
    }

    @Test
    void bestThresholdMaximizesF1OnAHundredthsGrid() {
        // 0.61 to 0.70 all give F1 0.8 (predict the top three); the lowest of them wins
        assertEquals(0.61, ClassifierMetrics.bestF1Threshold(SCORES, LABELS), 1e-12);
        assertEquals(0.91, ClassifierMetrics.bestF1Threshold(new double[] {0.95, 0.9}, new boolean[] {true, false}),
                1e-12);
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThrows(IllegalArgumentException.class, () -> ClassifierMetrics.of(SCORES, new boolean[2], 0.5));
    }
}
