package org.factdesk.detector.claim.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A trained check-worthiness model: logistic regression over {@link SentenceVectorizer} features, and the
 * threshold at which a score counts as a claim. Immutable and thread-safe.
 *
 * <p>File format (big-endian, {@link DataOutputStream}): magic {@code FDCW}, format version, model name, the
 * {@link FeatureSpec}, bias, threshold, then one float weight per bucket.
 */
final class ClaimModel {
    /** The bundled model, next to this class (found with {@link Class#getResourceAsStream}, so it works in OSGi). */
    static final String RESOURCE = "claim-model.bin";
    /** The name and version of the bundled model; a retrained model that behaves differently needs a new one. */
    static final String BUNDLED_NAME = "claimbuster-lr-1";

    private static final int MAGIC = 0x46444357; // "FDCW"
    private static final int FORMAT_VERSION = 1;
    /** How far below the threshold's log-odds a sentence's must be for {@link #scoreIfClaim} to skip its score. */
    private static final double LOGIT_MARGIN = 1e-9;

    private final String name;
    private final FeatureSpec features;
    private final float[] weights;
    private final double bias;
    private final double threshold;
    private final SentenceVectorizer vectorizer;
    private final double thresholdLogit;

    ClaimModel(String name, FeatureSpec features, float[] weights, double bias, double threshold) {
        if (weights.length != features.dimension()) {
            throw new IllegalArgumentException(weights.length + " weights for " + features.dimension() + " buckets");
        }
        this.name = name;
        this.features = features;
        this.weights = weights.clone();
        this.bias = bias;
        this.threshold = threshold;
        this.vectorizer = new SentenceVectorizer(features);
        // outside (0, 1) there is no log-odds to compare with: every sentence is then scored in full
        this.thresholdLogit = threshold > 0 && threshold < 1 ? LogisticRegression.logit(threshold)
                : Double.NEGATIVE_INFINITY;
    }

    /** The probability, from 0 to 1, that the sentence is a check-worthy factual claim. */
    double score(String sentence) {
        return score(sentence, 0, sentence.length());
    }

    /** {@link #score(String)} of {@code text[start, end)}. */
    double score(CharSequence text, int start, int end) {
        return LogisticRegression.sigmoid(logOdds(text, start, end));
    }

    /**
     * {@link #score(CharSequence, int, int)} if it is at least the {@link #threshold()}, else {@code NaN}.
     * Most sentences of a page are not claims, and for them this skips the exponential, which cost a third of the
     * model's time: a sentence whose log-odds are below the threshold's by more than {@value #LOGIT_MARGIN} cannot
     * reach it, since rounding moves log-odds by some 1e-14. Any other sentence gets its exact score, so the
     * answer is always the same as comparing {@code score} with the threshold.
     */
    double scoreIfClaim(CharSequence text, int start, int end) {
        double z = logOdds(text, start, end);
        if (z < thresholdLogit - LOGIT_MARGIN) {
            return Double.NaN;
        }
        double score = LogisticRegression.sigmoid(z);
        return score >= threshold ? score : Double.NaN;
    }

    private double logOdds(CharSequence text, int start, int end) {
        return vectorizer.dot(text, start, end, weights) + bias;
    }

    String name() {
        return name;
    }

    FeatureSpec features() {
        return features;
    }

    double bias() {
        return bias;
    }

    double threshold() {
        return threshold;
    }

    float[] weights() {
        return weights.clone();
    }

    static ClaimModel bundled() {
        try (InputStream in = ClaimModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("model resource " + RESOURCE + " is missing from the bundle");
            }
            ClaimModel model = read(in);
            if (!model.name().equals(BUNDLED_NAME)) {
                throw new IllegalStateException("bundled model is " + model.name() + ", expected " + BUNDLED_NAME);
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model " + RESOURCE, e);
        }
    }

    static ClaimModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a claim model file");
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("unsupported claim model format " + version);
        }
        String name = in.readUTF();
        FeatureSpec features = new FeatureSpec(in.readInt(), in.readBoolean(), in.readInt(), in.readInt(),
                in.readBoolean());
        double bias = in.readDouble();
        double threshold = in.readDouble();
        float[] weights = new float[features.dimension()];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = in.readFloat();
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes after the claim model");
        }
        return new ClaimModel(name, features, weights, bias, threshold);
    }

    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeUTF(name);
        out.writeInt(features.dimensionBits());
        out.writeBoolean(features.numberShapes());
        out.writeInt(features.charMin());
        out.writeInt(features.charMax());
        out.writeBoolean(features.sublinearTf());
        out.writeDouble(bias);
        out.writeDouble(threshold);
        for (float w : weights) {
            out.writeFloat(w);
        }
        out.flush();
    }
}
