package org.factdesk.detector.claim.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceVectorizerTest {
    private static final SentenceVectorizer WORDS = new SentenceVectorizer(FeatureSpec.wordNgrams(18));
    private static final SentenceVectorizer WORDS_WITH_SHAPES =
            new SentenceVectorizer(new FeatureSpec(18, true, 0, 0, false));
    private static final SentenceVectorizer FULL = new SentenceVectorizer(ClaimModelTrainer.CLAIM_MODEL.features());

    private static double dot(SparseVector a, SparseVector b) {
        double sum = 0;
        int j = 0;
        for (int i = 0; i < a.indices().length; i++) {
            while (j < b.indices().length && b.indices()[j] < a.indices()[i]) {
                j++;
            }
            if (j < b.indices().length && b.indices()[j] == a.indices()[i]) {
                sum += a.values()[i] * b.values()[j];
            }
        }
        return sum;
    }

    @Test
    void foldsCaseTypographyAndWhiteSpace() {
        assertEquals("don't stop-now, \"she\" said", new String(
                SentenceVectorizer.fold("  Don\u2019t \t STOP\u2014now,\u00a0\u201cShe\u201d said \n")));
        assertEquals("", new String(SentenceVectorizer.fold(" \n\t ")));
    }

    @Test
    void typographicAndAsciiSpellingsGiveTheSameVector() {
        SparseVector curly = FULL.vectorize("Minnesota\u2019s law \u2014 passed in 2005 \u2014 doesn\u2019t apply.");
        SparseVector ascii = FULL.vectorize("minnesota's law - passed in 2005 - doesn't apply.");
        assertArrayEquals(ascii.indices(), curly.indices());
        assertArrayEquals(ascii.values(), curly.values());
    }

    @Test
    void eachBlockHasUnitLength() {
        SparseVector words = WORDS.vectorize("Arrest data shows 70% of charges were against clients.");
        assertEquals(1.0, dot(words, words), 1e-9);
        SparseVector full = FULL.vectorize("Arrest data shows 70% of charges were against clients.");
        assertEquals(2.0, dot(full, full), 1e-9);
    }

    @Test
    void apostrophesAndNumberSeparatorsStayInsideTokens() {
        // one token: one unigram, no bigram
        assertEquals(1, WORDS.vectorize("we've").indices().length);
        assertEquals(1, WORDS.vectorize("1,000.5").indices().length);
        // two tokens: two unigrams and a bigram
        assertEquals(3, WORDS.vectorize("we ve").indices().length);
        assertEquals(3, WORDS.vectorize("$1000").indices().length);
    }

    @Test
    void numberShapesLetDifferentNumbersShareFeatures() {
        assertEquals(0.0, dot(WORDS.vectorize("1998"), WORDS.vectorize("2004")), 1e-12);
        // the raw token and the <year> shape, each 1/sqrt(2); the shapes match
        assertEquals(0.5, dot(WORDS_WITH_SHAPES.vectorize("1998"), WORDS_WITH_SHAPES.vectorize("2004")), 1e-12);
        assertEquals(0.0, dot(WORDS_WITH_SHAPES.vectorize("1998"), WORDS_WITH_SHAPES.vectorize("250")), 1e-12);
        assertTrue(dot(WORDS_WITH_SHAPES.vectorize("up 50 percent"), WORDS_WITH_SHAPES.vectorize("up 13 percent"))
                > dot(WORDS.vectorize("up 50 percent"), WORDS.vectorize("up 13 percent")));
    }

    @Test
    void indicesAreIncreasingAndInRange() {
        SparseVector v = FULL.vectorize("Windham County\u2019s syphilis rates are 3\u00d7 Connecticut\u2019s average.");
        int[] indices = v.indices();
        assertTrue(indices.length > 100);
        for (int k = 0; k < indices.length; k++) {
            assertTrue(indices[k] >= 0 && indices[k] < 1 << 18);
            assertTrue(k == 0 || indices[k] > indices[k - 1]);
        }
    }

    @Test
    void scoringGivesTheDotProductOfTheVector() {
        float[] weights = new float[1 << 18];
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextGaussian();
        }
        // repeats of words and of character n-grams, a long sentence before short ones (the table is reused), the
        // count rule and the sublinear one
        String[] sentences = {"The the the THE cat sat on the mat, the end.",
                "aaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaa", "x".repeat(SentenceVectorizer.MAX_CHARS + 50),
                "Arrest data shows 70% of charges were against clients.", "no", "", " ;; ",
                "Call 320-235-0962 or 320-235-0962 today, today."};
        for (SentenceVectorizer vectorizer : new SentenceVectorizer[] {WORDS, WORDS_WITH_SHAPES, FULL}) {
            for (String sentence : sentences) {
                SparseVector v = vectorizer.vectorize(sentence);
                double expected = 0;
                for (int i = 0; i < v.indices().length; i++) {
                    expected += weights[v.indices()[i]] * v.values()[i];
                }
                assertEquals(expected, vectorizer.dot(sentence, weights), 1e-9, sentence);
                String padded = "<<" + sentence + ">>";
                assertEquals(expected, vectorizer.dot(padded, 2, padded.length() - 2, weights), 1e-9, sentence);
            }
        }
    }

    @Test
    void emptyAndOverlongInput() {
        assertEquals(0, FULL.vectorize("").indices().length);
        assertEquals(0, WORDS.vectorize("\u0000\u0001 ...;; --").indices().length); // no word in it
        String longSentence = "The shelter served 412 families. ".repeat(5_000);
        SparseVector capped = FULL.vectorize(longSentence);
        SparseVector prefix = FULL.vectorize(longSentence.substring(0, SentenceVectorizer.MAX_CHARS));
        assertArrayEquals(prefix.indices(), capped.indices());
        assertArrayEquals(prefix.values(), capped.values());
    }
}
