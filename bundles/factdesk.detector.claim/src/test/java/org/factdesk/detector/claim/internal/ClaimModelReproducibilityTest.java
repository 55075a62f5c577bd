package org.factdesk.detector.claim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** The committed model must be exactly what {@link ClaimModelTrainer} makes from {@code crowdsourced.csv}. */
class ClaimModelReproducibilityTest {
    @Test
    void retrainingGivesTheCommittedModel() throws IOException {
        ClaimModel retrained = ClaimModelTrainer.train(ClaimModelTrainer.CLAIM_MODEL, ClaimBusterFiles.training())
                .model();
        ClaimModel committed = ClaimModel.bundled();
        assertEquals(committed.name(), retrained.name());
        assertEquals(committed.features(), retrained.features());
        assertEquals(committed.threshold(), retrained.threshold());
        assertEquals(committed.bias(), retrained.bias(), 1e-6);
        float[] expected = committed.weights();
        float[] actual = retrained.weights();
        double largestDifference = 0;
        int where = -1;
        for (int j = 0; j < expected.length; j++) {
            double difference = Math.abs(expected[j] - actual[j]);
            if (difference > largestDifference) {
                largestDifference = difference;
                where = j;
            }
        }
        assertEquals(0, largestDifference, 1e-6, "largest weight difference at bucket " + where
                + "; retrain with ClaimModelTrainer and commit the new model");
    }
}
