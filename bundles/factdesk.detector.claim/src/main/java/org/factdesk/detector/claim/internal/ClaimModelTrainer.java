package org.factdesk.detector.claim.internal;

import org.factdesk.support.eval.ClassifierMetrics;
import org.factdesk.support.eval.LabeledSentence;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains the bundled check-worthiness model from ClaimBuster's {@code crowdsourced.csv}, and only from it:
 * {@code groundtruth.csv} is the test set, and the JSON files overlap it. Deterministic: the same CSV gives the
 * same model file, byte for byte, on any JVM.
 *
 * <p>Usage, from the module folder after {@code mvn install}:
 * <pre>java -cp target/classes org.factdesk.detector.claim.internal.ClaimModelTrainer \
 *     ../../../shared/datasets/claimbuster/crowdsourced.csv \
 *     src/main/resources/org/factdesk/detector/claim/internal/claim-model.bin</pre>
 */
final class ClaimModelTrainer {
    /**
     * The published model. C = 3 and the features were chosen by 5-fold cross-validation on crowdsourced.csv:
     * out-of-fold average precision 0.764, against 0.745 without the character n-grams and 0.738 for the
     * baseline; C from 2 to 4 all score within 0.001, C = 1 scores 0.758.
     */
    static final TrainingRecipe CLAIM_MODEL = new TrainingRecipe(ClaimModel.BUNDLED_NAME,
            new FeatureSpec(18, true, 3, 5, true), 3.0, 5);
    /**
     * The reference it must beat: the same recipe with only word unigrams and bigrams (counts, no number shapes),
     * so that the comparison measures the features.
     */
    static final TrainingRecipe BASELINE = new TrainingRecipe("claimbuster-baseline",
            FeatureSpec.wordNgrams(18), 3.0, 5);

    private static final long FOLD_SEED = 20_240_601L;

    /**
     * @param model          the model trained on the whole training set
     * @param crossValidated out-of-fold figures on the training set, at the chosen threshold
     */
    record Result(ClaimModel model, ClassifierMetrics crossValidated) {
    }

    private ClaimModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ClaimModelTrainer <crowdsourced.csv> <model file to write>");
            System.exit(2);
        }
        long started = System.nanoTime();
        List<LabeledSentence> training = LabeledSentence.readClaimBusterCsv(Path.of(args[0]));
        Result result = train(CLAIM_MODEL, training);
        Path output = Path.of(args[1]);
        try (OutputStream out = Files.newOutputStream(output)) {
            result.model().write(out);
        }
        System.out.printf("%s: trained on %d sentences in %.1f s, wrote %d bytes to %s%n", result.model().name(),
                training.size(), (System.nanoTime() - started) / 1e9, Files.size(output), output);
        System.out.println("cross-validated on the training set: " + result.crossValidated());
    }

    /**
     * Trains the recipe's model on all of {@code training} and fits its threshold on out-of-fold scores. The fold
     * models and the final model are independent, so they train in parallel; each one is deterministic, so the
     * result does not depend on the number of threads.
     */
    static Result train(TrainingRecipe recipe, List<LabeledSentence> training) {
        SentenceVectorizer vectorizer = new SentenceVectorizer(recipe.features());
        SparseVector[] examples = new SparseVector[training.size()];
        boolean[] labels = new boolean[training.size()];
        for (int i = 0; i < examples.length; i++) {
            examples[i] = vectorizer.vectorize(training.get(i).text());
            labels[i] = training.get(i).checkWorthy();
        }
        int folds = recipe.thresholdFolds();
        int[] fold = assignFolds(examples.length, folds);
        // Task f < folds trains without fold f; task "folds" trains the final model on everything (fold -1).
        List<LogisticRegression.Fit> fits = IntStream.rangeClosed(0, folds).parallel()
                .mapToObj(task -> fitWithout(task == folds ? -1 : task, fold, examples, labels, recipe))
                .toList();
        LogisticRegression.Fit fit = fits.get(folds);
        float[] weights = new float[fit.weights().length];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = (float) fit.weights()[j];
        }
        double[] outOfFold = new double[examples.length];
        for (int i = 0; i < examples.length; i++) {
            outOfFold[i] = fits.get(fold[i]).score(examples[i]);
        }
        double threshold = ClassifierMetrics.bestF1Threshold(outOfFold, labels);
        return new Result(new ClaimModel(recipe.modelName(), recipe.features(), weights, fit.bias(), threshold),
                ClassifierMetrics.of(outOfFold, labels, threshold));
    }

    /** A seeded random partition into folds of equal size (to one). */
    private static int[] assignFolds(int size, int folds) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Random random = new Random(FOLD_SEED);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] fold = new int[size];
        for (int rank = 0; rank < size; rank++) {
            fold[order[rank]] = rank % folds;
        }
        return fold;
    }

    private static LogisticRegression.Fit fitWithout(int heldOut, int[] fold, SparseVector[] examples,
            boolean[] labels, TrainingRecipe recipe) {
        int size = 0;
        for (int f : fold) {
            if (f != heldOut) {
                size++;
            }
        }
        SparseVector[] trainExamples = new SparseVector[size];
        boolean[] trainLabels = new boolean[size];
        int k = 0;
        for (int i = 0; i < examples.length; i++) {
            if (fold[i] != heldOut) {
                trainExamples[k] = examples[i];
                trainLabels[k++] = labels[i];
            }
        }
        return LogisticRegression.fit(trainExamples, trainLabels, recipe.features().dimension(),
                recipe.inverseRegularization());
    }
}
