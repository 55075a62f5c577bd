package org.factdesk.detector.claim.internal;

/**
 * Which features {@link SentenceVectorizer} extracts from a sentence. Stored in the model file, so a model is
 * always read back with the features it was trained on.
 *
 * @param dimensionBits hashed feature space of {@code 2^dimensionBits} weights
 * @param numberShapes  add a shape token for each number ({@code <year>} for 1900–2099, else {@code <num>}), and
 *                      use the shape in word bigrams, so "50 percent" and "13 percent" share the bigram
 * @param charMin       shortest character n-gram, or 0 for none
 * @param charMax       longest character n-gram, or 0 for none
 * @param sublinearTf   weight a feature by {@code 1 + ln(count)} instead of its count
 */
record FeatureSpec(int dimensionBits, boolean numberShapes, int charMin, int charMax, boolean sublinearTf) {
    FeatureSpec {
        if (dimensionBits < 4 || dimensionBits > 24) {
            throw new IllegalArgumentException("dimensionBits out of range: " + dimensionBits);
        }
        if (charMin < 0 || charMax < charMin || charMax > 8 || (charMin == 0) != (charMax == 0)) {
            throw new IllegalArgumentException("bad character n-gram range " + charMin + ".." + charMax);
        }
    }

    /** The baseline's features: word unigrams and bigrams, weighted by their counts. */
    static FeatureSpec wordNgrams(int dimensionBits) {
        return new FeatureSpec(dimensionBits, false, 0, 0, false);
    }

    int dimension() {
        return 1 << dimensionBits;
    }

    boolean hasCharNgrams() {
        return charMax > 0;
    }
}
