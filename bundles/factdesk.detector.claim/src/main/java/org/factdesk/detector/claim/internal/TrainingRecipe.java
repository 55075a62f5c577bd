package org.factdesk.detector.claim.internal;

/**
 * Everything that decides what {@link ClaimModelTrainer} produces from a training set.
 *
 * @param modelName             the name and version the model is published under
 * @param features              the features to extract
 * @param inverseRegularization C as in scikit-learn: the L2 penalty is {@code |w|^2 / 2} against C times the
 *                              summed loss, so a smaller C means a smoother model
 * @param thresholdFolds        the threshold is the one that maximizes F1 on the out-of-fold scores of this many
 *                              cross-validation folds of the training set
 */
record TrainingRecipe(String modelName, FeatureSpec features, double inverseRegularization, int thresholdFolds) {
    TrainingRecipe {
        if (thresholdFolds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + thresholdFolds);
        }
    }
}
