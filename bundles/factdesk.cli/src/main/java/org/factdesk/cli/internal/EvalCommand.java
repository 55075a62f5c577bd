package org.factdesk.cli.internal;

import org.factdesk.api.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.factdesk.api.detect.CheckWorthiness;
import org.factdesk.api.detect.Flag;
import org.factdesk.api.pipeline.ProgressListener;
import org.factdesk.api.pipeline.RunRequest;
import org.factdesk.cli.internal.eval.Annotations;
import org.factdesk.cli.internal.eval.Scorer;
import org.factdesk.support.eval.ClassifierMetrics;
import org.factdesk.support.eval.LabeledSentence;
import org.factdesk.support.json.FlagLines;

/**
 * {@code eval ANNOTATIONS}: runs the whole pipeline on the annotated documents in a scratch workspace and prints
 * precision, recall and F1 per flag type, and how often a found flag was normalized as annotated.
 */
final class EvalCommand {
    private final Services services;
    private final Output o;

    EvalCommand(Services services, Output output) {
        this.services = services;
        this.o = output;
    }

    int run(List<String> args) throws UsageException, IOException {
        if (!args.isEmpty() && args.get(0).equals("--claimbuster")) {
            return claimBuster(args.subList(1, args.size()));
        }
        Arguments a = Arguments.parse(args, Set.of("corpus", "threads"), Set.of("misses"));
        if (a.positional().size() != 1) {
            throw new UsageException("eval needs one annotations file (JSON lines), e.g. corpus/annotations/seed.jsonl");
        }
        Path file = Path.of(a.positional().get(0));
        if (!Files.isRegularFile(file)) {
            throw new IOException("annotations file not found: " + file);
        }
        Annotations annotations = Annotations.read(file);
        Path corpus = corpusOf(a, file, annotations);
        Path scratch = Files.createTempDirectory("factdesk-eval-");
        try {
            RunRequest request = new RunRequest(corpus, scratch.resolve("out"), scratch.resolve("data"), LocalDate.now(),
                    a.intOption("threads", Runtime.getRuntime().availableProcessors(), 1));
            Output.require(services.one(Pipeline.class), "pipeline").run(request, ProgressListener.NONE);
            List<Flag> flags = FlagLines.read(request.out().resolve("flags.jsonl"));
            Scorer scorer = Scorer.score(annotations, flags);
            o.out().printf(Locale.ROOT, "%s: %d documents%n", file, annotations.coverage().size());
            o.out().printf(Locale.ROOT, "%-12s %8s %9s %8s %9s %7s %6s %11s%n", "type", "expected", "predicted", "matched",
                    "precision", "recall", "F1", "normalized");
            for (Scorer.Score s : scorer.scores().values()) {
                o.out().printf(Locale.ROOT, "%-12s %8d %9d %8d %9.3f %7.3f %6.3f %11s%n", s.type(), s.expected(), s.predicted(),
                        s.matched(), s.precision(), s.recall(), s.f1(),
                        s.normalizedChecked() == 0 ? "-" : s.normalizedRight() + "/" + s.normalizedChecked());
            }
            if (a.flag("misses")) {
                for (Flag f : scorer.misses().falsePositives()) {
                    o.out().printf(Locale.ROOT, "  false positive %s %s: %s%n", f.type(), f.doc(), f.text());
                }
                for (Annotations.Expected e : scorer.misses().falseNegatives()) {
                    o.out().printf(Locale.ROOT, "  missed %s %s: %s%n", e.type(), e.doc(), e.text());
                }
            }
            return 0;
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * {@code eval --claimbuster [FILE]}: the installed check-worthiness model on ClaimBuster's labelled sentences
     * (default: {@code groundtruth.csv} in {@code shared/datasets/claimbuster} beside the working folder or above).
     */
    private int claimBuster(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of(), Set.of());
        Path csv = a.positional().isEmpty() ? findGroundTruth() : Path.of(a.positional().get(0));
        CheckWorthiness model = Output.require(services.one(CheckWorthiness.class), "check-worthiness");
        List<LabeledSentence> sentences = LabeledSentence.readClaimBusterCsv(csv);
        double[] scores = new double[sentences.size()];
        boolean[] positive = new boolean[sentences.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.score(sentences.get(i).text());
            positive[i] = sentences.get(i).checkWorthy();
        }
        ClassifierMetrics m = ClassifierMetrics.of(scores, positive, model.threshold());
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        o.out().printf(Locale.ROOT, "%s: %d sentences, %d check-worthy%n", csv, scores.length, positives);
        o.out().printf(Locale.ROOT, "model %s: F1 %.3f  precision %.3f  recall %.3f  at threshold %.2f; average precision %.3f%n",
                services.modelName(), m.f1(), m.precision(), m.recall(), m.threshold(), m.averagePrecision());
        o.out().printf(Locale.ROOT, "random ranking: average precision %.3f (the share of check-worthy sentences)%n",
                (double) positives / scores.length);
        return 0;
    }

    private static Path findGroundTruth() throws IOException {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/datasets/claimbuster/groundtruth.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("groundtruth.csv not found in shared/datasets/claimbuster above " + Path.of("").toAbsolutePath()
                + ": give its path, eval --claimbuster FILE");
    }

    /** {@code --corpus}, else the annotations' folder, else its parent when the documents are found there. */
    private static Path corpusOf(Arguments a, Path file, Annotations annotations) throws IOException {
        String given = a.option("corpus", null);
        if (given != null) {
            return Path.of(given);
        }
        Path folder = file.toAbsolutePath().getParent();
        String someDoc = annotations.coverage().keySet().stream().findFirst()
                .orElseThrow(() -> new IOException(file + ": no coverage lines, nothing to evaluate"));
        for (Path candidate : new Path[] {folder, folder.getParent()}) {
            if (candidate != null && Files.isRegularFile(candidate.resolve(someDoc))) {
                return candidate;
            }
        }
        throw new IOException("cannot find " + someDoc + " beside " + file + ": give the corpus folder with --corpus");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temp directory is harmless
        }
    }
}
