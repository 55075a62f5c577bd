package org.factdesk.detector.claim.internal;

import org.factdesk.support.eval.ClassifierMetrics;
import org.factdesk.support.eval.LabeledSentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Measures the bundled model on ClaimBuster's {@code groundtruth.csv}, which no training step ever reads, next
 * to the baseline (word unigrams and bigrams, trained here by the same code on the same data).
 */
class ClaimBusterEvaluationTest {
    private static ClassifierMetrics evaluate(ClaimModel model, List<LabeledSentence> test) {
        double[] scores = new double[test.size()];
        boolean[] labels = new boolean[test.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.score(test.get(i).text());
            labels[i] = test.get(i).checkWorthy();
        }
        return ClassifierMetrics.of(scores, labels, model.threshold());
    }

    @Test
    void datasetReadsCompletely() throws IOException {
        List<LabeledSentence> training = ClaimBusterFiles.training();
        List<LabeledSentence> test = ClaimBusterFiles.test();
        assertEquals(22_501, training.size());
        assertEquals(5_413, training.stream().filter(LabeledSentence::checkWorthy).count());
        assertEquals(1_032, test.size());
        assertEquals(238, test.stream().filter(LabeledSentence::checkWorthy).count());
        assertEquals(new LabeledSentence("You know, I saw a movie - \"Crocodile Dundee.\"", false), test.get(0));
    }

    @Test
    void bundledModelBeatsTheBaselineOnGroundTruth() throws IOException {
        List<LabeledSentence> test = ClaimBusterFiles.test();
        ClassifierMetrics model = evaluate(ClaimModel.bundled(), test);
        ClassifierMetrics baseline = evaluate(
                ClaimModelTrainer.train(ClaimModelTrainer.BASELINE, ClaimBusterFiles.training()).model(), test);
        System.out.println("groundtruth.csv, check-worthy class:");
        System.out.println("  claimbuster-lr-1: " + model);
        System.out.println("  baseline:         " + baseline);
        assertTrue(model.f1() >= 0.88, () -> "F1 " + model.f1());
        assertTrue(model.averagePrecision() >= 0.94, () -> "AP " + model.averagePrecision());
        assertTrue(model.f1() > baseline.f1() && model.averagePrecision() > baseline.averagePrecision());
    }
}
