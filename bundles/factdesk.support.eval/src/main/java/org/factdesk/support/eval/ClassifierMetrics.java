package org.factdesk.support.eval;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How well scores separate the positive class: precision, recall and F1 of "score at or above the threshold",
 * and the average precision of the ranking by score (which needs no threshold).
 *
 * @param threshold        the decision threshold the first three figures are computed at
 * @param precision        true positives / predicted positives (0 when nothing is predicted positive)
 * @param recall           true positives / actual positives (0 when there are none)
 * @param f1               harmonic mean of precision and recall (0 when both are 0)
 * @param averagePrecision the mean, over the positives, of the precision at each one's rank, as scikit-learn's
 *                         {@code average_precision_score} computes it: tied scores form one step
 */
public record ClassifierMetrics(double threshold, double precision, double recall, double f1, double averagePrecision) {
    public static ClassifierMetrics of(double[] scores, boolean[] positive, double threshold) {
        checkLengths(scores, positive);
        return withThreshold(scores, positive, threshold, averagePrecision(scores, positive));
    }

    private static ClassifierMetrics withThreshold(double[] scores, boolean[] positive, double threshold,
            double averagePrecision) {
        int truePositives = 0;
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predictedPositive = scores[i] >= threshold;
            if (predictedPositive) {
                predicted++;
            }
            if (positive[i]) {
                actual++;
                if (predictedPositive) {
                    truePositives++;
                }
            }
        }
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = actual == 0 ? 0 : (double) truePositives / actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassifierMetrics(threshold, precision, recall, f1, averagePrecision);
    }

    public static double averagePrecision(double[] scores, boolean[] positive) {
        checkLengths(scores, positive);
        long actual = IntStream.range(0, positive.length).filter(i -> positive[i]).count();
        if (actual == 0) {
            return 0;
        }
        Integer[] order = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        double sum = 0;
        int truePositives = 0;
        int seen = 0;
        for (int k = 0; k < order.length; ) {
            int groupPositives = 0;
            double score = scores[order[k]];
            while (k < order.length && scores[order[k]] == score) {
                if (positive[order[k]]) {
                    groupPositives++;
                }
                seen++;
                k++;
            }
            truePositives += groupPositives;
            sum += groupPositives * ((double) truePositives / seen);
        }
        return sum / actual;
    }

    /**
     * The threshold among 0.01, 0.02, ... 0.99 with the highest F1, the lowest of equals. A coarse grid on
     * purpose: a threshold fitted to the last decimal of one sample's scores does not carry over to the next.
     */
    public static double bestF1Threshold(double[] scores, boolean[] positive) {
        checkLengths(scores, positive);
        double best = 0.5;
        double bestF1 = -1;
        for (int hundredths = 1; hundredths <= 99; hundredths++) {
            double threshold = hundredths / 100.0;
            double f1 = withThreshold(scores, positive, threshold, 0).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }

    private static void checkLengths(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "F1 %.3f (precision %.3f, recall %.3f at threshold %.2f), AP %.3f",
                f1, precision, recall, threshold, averagePrecision);
    }
}
