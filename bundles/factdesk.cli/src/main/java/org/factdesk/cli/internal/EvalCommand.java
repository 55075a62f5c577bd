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

import org.factdesk.api.detect.Flag;
import org.factdesk.api.pipeline.ProgressListener;
import org.factdesk.api.pipeline.RunRequest;
import org.factdesk.cli.internal.eval.Annotations;
import org.factdesk.cli.internal.eval.Scorer;
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
