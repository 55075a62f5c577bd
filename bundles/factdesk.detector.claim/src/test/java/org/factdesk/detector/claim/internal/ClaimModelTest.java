package org.factdesk.detector.claim.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimModelTest {
    private static final ClaimModel BUNDLED = ClaimModel.bundled();

    @Test
    void bundledModelIsTheRecipesModel() throws IOException {
        assertEquals("claimbuster-lr-1", BUNDLED.name());
        assertEquals(ClaimModelTrainer.CLAIM_MODEL.features(), BUNDLED.features());
        assertEquals(0.34, BUNDLED.threshold());
        assertEquals(1 << 18, BUNDLED.weights().length);
        try (var in = ClaimModel.class.getResourceAsStream(ClaimModel.RESOURCE)) {
            assertTrue(in.readAllBytes().length < 1_500_000, "model file must stay under 1.5 MB");
        }
    }

    @Test
    void writesAndReadsBackTheSameModel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BUNDLED.write(out);
        ClaimModel copy = ClaimModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(BUNDLED.name(), copy.name());
        assertEquals(BUNDLED.features(), copy.features());
        assertEquals(BUNDLED.bias(), copy.bias());
        assertEquals(BUNDLED.threshold(), copy.threshold());
        assertArrayEquals(BUNDLED.weights(), copy.weights());
        String sentence = "In 2022, Oregon recorded 312 trafficking cases, a 40 percent increase over 2019.";
        assertEquals(BUNDLED.score(sentence), copy.score(sentence));
    }

    @Test
    void rejectsOtherAndDamagedFiles() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BUNDLED.write(out);
        byte[] bytes = out.toByteArray();
        byte[] zip = {'P', 'K', 3, 4, 'j', 'u', 'n', 'k'};
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 1);
        byte[] padded = Arrays.copyOf(bytes, bytes.length + 1);
        for (byte[] damaged : List.of(zip, truncated, padded)) {
            assertThrows(IOException.class, () -> ClaimModel.read(new ByteArrayInputStream(damaged)));
        }
    }

    @Test
    void scoresAnyTextWithinZeroAndOne() {
        for (String text : new String[] {"", " ", "?", "\u0000\u0001\u0002\ufffd\ud800", "1 2 3 4 5 6 7 8 9",
                "x".repeat(3_000_000), "The 2023 survey counted 1,204 people. ".repeat(10_000)}) {
            double score = BUNDLED.score(text);
            assertTrue(score >= 0 && score <= 1, () -> "score " + score);
        }
    }

    @Test
    void scoreIfClaimIsTheScoreExactlyWhenItReachesTheThreshold() throws IOException {
        List<String> sentences = new ArrayList<>(List.of("", "?", "Call 612-555-0199 today.",
                "In 2022, Oregon recorded 312 trafficking cases, a 40 percent increase over 2019.",
                "Thank you all for coming tonight.", "Unemployment fell to 3.5 percent last year."));
        ClaimBusterFiles.test().forEach(s -> sentences.add(s.text()));
        int claims = 0;
        for (String s : sentences) {
            double score = BUNDLED.score(s);
            double ifClaim = BUNDLED.scoreIfClaim(s, 0, s.length());
            if (score >= BUNDLED.threshold()) {
                assertEquals(score, ifClaim, s);
                claims++;
            } else {
                assertTrue(Double.isNaN(ifClaim), s);
            }
        }
        assertTrue(claims > 100 && claims < sentences.size() - 100, claims + " claims in " + sentences.size());
    }

    @Test
    void scoreIfClaimHoldsAtTheThresholdItself() {
        String sentence = "Unemployment fell to 3.5 percent last year.";
        double score = BUNDLED.score(sentence);
        for (double threshold : new double[] {score, Math.nextDown(score), Math.nextUp(score), 0, 1, -2, 7}) {
            ClaimModel model = new ClaimModel("t", BUNDLED.features(), BUNDLED.weights(), BUNDLED.bias(), threshold);
            double ifClaim = model.scoreIfClaim(sentence, 0, sentence.length());
            if (score >= threshold) {
                assertEquals(score, ifClaim, "threshold " + threshold);
            } else {
                assertTrue(Double.isNaN(ifClaim), "threshold " + threshold);
            }
        }
    }

    @Test
    void rejectsWeightsOfTheWrongSize() {
        assertThrows(IllegalArgumentException.class,
                () -> new ClaimModel("x", FeatureSpec.wordNgrams(10), new float[10], 0, 0.5));
    }
}
