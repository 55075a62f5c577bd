package org.factdesk.detector.claim.internal;

/**
 * A feature vector with few non-zero entries.
 *
 * @param indices strictly increasing bucket indices
 * @param values  the value of each index
 */
record SparseVector(int[] indices, double[] values) {
    SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    double dot(double[] weights) {
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            sum += weights[indices[k]] * values[k];
        }
        return sum;
    }
}
