package org.factdesk.cli.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.JMException;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.document.Span;
import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexService;
import org.factdesk.api.index.IndexedDocument;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.parse.ParseException;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.pipeline.ProgressListener;
import org.factdesk.api.pipeline.RunReport;
import org.factdesk.api.pipeline.RunRequest;
import org.factdesk.api.review.IllegalTransitionException;
import org.factdesk.api.review.ReviewRequest;
import org.factdesk.api.review.ReviewService;
import org.factdesk.api.review.StaleDecisionException;
import org.factdesk.api.review.Verdict;
import org.factdesk.support.json.FlagLines;
import org.factdesk.support.text.AnalyzedDocuments;

/**
 * {@code bench [CORPUS] [--warmup N] [--rounds N] [--threads N] [--detectors]}: one run that measures, on the same
 * documents, after warm-up and as the median of N rounds (3 unless told), (a) bare parsing and text extraction
 * with the installed parsers, (b) bare indexing of those texts,
 * (c) the whole pipeline in a fresh workspace, and their ratio; then the pipeline on half of the documents and on
 * one thread (its flags must be byte-identical), (d) search latency, (e) the time to record a review decision,
 * (f) phone detection on e-mails and on the documents, with and without its shortcuts (same findings), and (g)
 * the CPU time of each detector ({@code --detectors}: only that, the least of {@code --rounds} rounds).
 *
 * <p>CORPUS is a folder made by {@code features/factdesk.app/bench/assemble-corpus.sh}: its {@code html/} part is
 * the document set (all of CORPUS when there is none), its {@code email/} part the phone-dense text of (f). So that
 * no stage holds the corpus in memory, (b) reads the extracted texts back from a spool file written beforehand
 * (untimed); reading it is a small part of (b)'s time. Every
 * figure is printed, none asserted: they depend on the machine. Peak heap is the sum of the heap pools' peak
 * usage, reset after a garbage collection at the start of each stage; it includes garbage, as the collector lets
 * the heap fill before it collects. "After GC" is the most heap still in use right after a collection during
 * the stage: what the stage really keeps. Exit 1 when an identity check fails (the
 * flags of 1 and N threads, the phone findings with and without shortcuts), else 0.
 */
final class BenchCommand {
    /** Set to {@code true}, the phone detector scans the whole text the straightforward way (same findings). */
    private static final String PHONE_WHOLE_TEXT = "factdesk.phone.wholetext";
    private static final int QUERIES = 1_000;
    private static final int DECISIONS = 200;
    /** One document in this many makes the search vocabulary and the warm-up of (f) and (g). */
    private static final int SAMPLE_EVERY = 10;
    private static final Pattern WORD = Pattern.compile("[a-z]{4,15}");
    private static final double MB = 1024.0 * 1024.0;

    private final Services services;
    private final PrintStream out;

    BenchCommand(Services services, Output output) {
        this.services = services;
        this.out = output.out();
    }

    /** A document file: where it is, its path relative to the document folder, its size. */
    private record Doc(Path file, String relative, long size) {
    }

    /**
     * How long a stage took, the CPU time the whole process used meanwhile (all threads, garbage collection
     * included; less sensitive than the wall time to other work on a shared machine), the most heap it used
     * (garbage included: the collector lets the heap fill before it collects) and the most heap still in use
     * right after a garbage collection (what the stage kept; 0 when no collection ran), and what the collectors
     * did meanwhile.
     */
    private record Measured(long nanos, long cpuNanos, long peakHeap, long peakAfterGc, GcWork gc) {
        double seconds() {
            return nanos / 1e9;
        }

        double cpuSeconds() {
            return cpuNanos / 1e9;
        }
    }

    int run(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("warmup", "rounds", "threads"), Set.of("detectors"));
        if (a.positional().size() > 1) {
            throw new UsageException("bench takes one corpus folder, got " + a.positional());
        }
        Path corpus = Path.of(a.positional().isEmpty() ? "corpus" : a.positional().get(0)).toAbsolutePath().normalize();
        int warmup = a.intOption("warmup", 1, 0);
        int rounds = a.intOption("rounds", 3, 1);
        int threads = a.intOption("threads", Runtime.getRuntime().availableProcessors(), 1);
        if (!Files.isDirectory(corpus)) {
            throw new IOException("corpus folder not found: " + corpus
                    + " (make one with features/factdesk.app/bench/assemble-corpus.sh DEST)");
        }
        Pipeline pipeline = Output.require(services.one(Pipeline.class), "pipeline");
        IndexService indexService = Output.require(services.one(IndexService.class), "index");
        ReviewService review = Output.require(services.one(ReviewService.class), "review");
        Map<String, DocumentParser> parsers = parsersByExtension();
        Path docsDir = Files.isDirectory(corpus.resolve("html")) ? corpus.resolve("html") : corpus;
        List<Doc> docs = list(docsDir, parsers.keySet());
        if (docs.isEmpty()) {
            throw new IOException("no document a parser takes in " + docsDir);
        }
        if (a.flag("detectors")) {
            detectorCosts(docs, parsers, LocalDate.now(), rounds);
            return 0;
        }
        Path scratch = Files.createTempDirectory("factdesk-bench-");
        try {
            return bench(corpus, docsDir, docs, parsers, pipeline, indexService, review, warmup, rounds, threads,
                    scratch);
        } finally {
            deleteTree(scratch);
        }
    }

    private int bench(Path corpus, Path docsDir, List<Doc> docs, Map<String, DocumentParser> parsers, Pipeline pipeline,
                      IndexService indexService, ReviewService review, int warmup, int rounds, int threads,
                      Path scratch)
            throws IOException {
        long bytes = docs.stream().mapToLong(Doc::size).sum();
        header(corpus, docsDir, docs.size(), bytes, threads);
        LocalDate asOf = LocalDate.now();

        // Untimed: the extracted texts for (b), spooled to disk so that no stage holds the corpus in memory, and
        // the search vocabulary. It is also the parsers' first warm-up.
        Path spool = scratch.resolve("texts.spool");
        Set<String> vocabulary = new TreeSet<>();
        long t = System.nanoTime();
        int[] spooled = spool(docs, parsers, threads, spool, vocabulary);
        out.printf(Locale.ROOT, "extracted %d texts for (b) and a vocabulary of %d words (untimed): %.1f s%n",
                spooled[0], vocabulary.size(), (System.nanoTime() - t) / 1e9);

        // The warm-up runs every stage over every document: a sample of them left the pipeline's code partly
        // unoptimized (after a tenth of the corpus, even three times over, the same full run took 22 % less time
        // once the JIT had seen the whole corpus), and that would charge the JIT's work to (c).
        if (warmup > 0) {
            t = System.nanoTime();
            for (int round = 0; round < warmup; round++) {
                parseAll(docs, parsers, threads);
                Path warmIndex = Files.createTempDirectory(scratch, "warmup-index-");
                indexAll(spool, indexService, threads, warmIndex);
                deleteTree(warmIndex);
                Path warmRun = Files.createTempDirectory(scratch, "warmup-run-");
                runPipeline(pipeline, docsDir, warmRun, asOf, threads);
                deleteTree(warmRun);
            }
            out.printf(Locale.ROOT, "warm-up: %d round%s of (a), (b), (c) over all %d documents: %.1f s%n",
                    warmup, warmup == 1 ? "" : "s", docs.size(), (System.nanoTime() - t) / 1e9);
        }

        out.println();
        out.printf(Locale.ROOT, "%-34s %9s %9s %7s %7s %10s %10s%n", "stage, " + threads + " thread"
                + (threads == 1 ? "" : "s"), "time", "CPU time", "MB/s", "docs/s", "peak heap", "after GC");
        // (a), (b) and (c) take turns, round after round, and each row is the round of median time: a burst of
        // other work on the machine moves one round of one stage, not the ratio.
        long[] parsed = new long[2];
        RunReport[] report = new RunReport[1];
        List<Measured> parses = new ArrayList<>();
        List<Measured> indexings = new ArrayList<>();
        List<Measured> pipelines = new ArrayList<>();
        List<long[]> lastFiles = new ArrayList<>(); // per round of (c): when the last file was done, when it ended
        Path full = scratch.resolve("full");
        for (int round = 0; round < rounds; round++) {
            parses.add(measure(() -> {
                long[] r = parseAll(docs, parsers, threads);
                parsed[0] = r[0];
                parsed[1] = r[1];
            }));
            Path benchIndex = Files.createTempDirectory(scratch, "index-");
            indexings.add(measure(() -> indexAll(spool, indexService, threads, benchIndex)));
            deleteTree(benchIndex);
            deleteTree(full); // the last round's workspace is the one searched and reviewed below
            Files.createDirectory(full);
            LastFileDone ingested = new LastFileDone();
            long[] ended = new long[1];
            pipelines.add(measure(() -> {
                report[0] = runPipeline(pipeline, docsDir, full, asOf, threads, ingested);
                ended[0] = System.nanoTime();
            }));
            lastFiles.add(ingested.seen() ? new long[] {ingested.at(), ended[0]} : null);
        }
        Measured parse = median(parses);
        row("(a) parse and extract text", parse, bytes, docs.size());
        Measured index = median(indexings);
        row("(b) index the texts (Lucene)", index, bytes, docs.size());
        Measured bare = new Measured(parse.nanos() + index.nanos(), parse.cpuNanos() + index.cpuNanos(),
                Math.max(parse.peakHeap(), index.peakHeap()), Math.max(parse.peakAfterGc(), index.peakAfterGc()),
                parse.gc().plus(index.gc()));
        row("(a)+(b) bare parsing and indexing", bare, bytes, docs.size());
        int medianPipeline = medianRound(pipelines);
        Measured pipelineRun = pipelines.get(medianPipeline);
        row("(c) whole pipeline", pipelineRun, bytes, docs.size());
        if (rounds > 1) {
            out.printf(Locale.ROOT, "    each row the median of %d rounds; time ranges (a) %s, (b) %s, (c) %s%n", rounds,
                    range(parses), range(indexings), range(pipelines));
        }
        out.printf(Locale.ROOT, "    garbage collection in these rounds: (a) %s; (b) %s; (c) %s%n", parse.gc(),
                index.gc(), pipelineRun.gc());
        long[] ingested = lastFiles.get(medianPipeline);
        if (ingested != null) {
            double corpusSeconds = (ingested[1] - ingested[0]) / 1e9;
            out.printf(Locale.ROOT, "    of which reading, parsing, detecting and indexing every file %.2f s; then the "
                    + "corpus stages, flags.jsonl and the index's last commit %.2f s%n", pipelineRun.seconds() - corpusSeconds,
                    corpusSeconds);
        }
        double ratio = pipelineRun.seconds() / bare.seconds();
        out.printf(Locale.ROOT, "(c) / ((a)+(b)) = %.2f in time, %.2f in CPU time  (%s 1.5)%n", ratio,
                pipelineRun.cpuSeconds() / bare.cpuSeconds(), ratio <= 1.5 ? "within" : "NOT within");
        out.printf(Locale.ROOT, "texts: %d documents, %.1f M characters extracted; %d could not be parsed%n",
                parsed[0], parsed[1] / 1e6, docs.size() - parsed[0]);
        out.printf(Locale.ROOT, "pipeline: %d documents processed, %d errors; flags: %d%s%n", report[0].processed(),
                report[0].errors().size(), report[0].flags(), byType(report[0].flagsByType()));

        out.println();
        List<Doc> half = everyNth(docs, 2);
        Path halfView = linkView(docsDir, half, Files.createDirectory(scratch.resolve("half-view")));
        Path halfRun = Files.createDirectory(scratch.resolve("half"));
        Measured halfPipeline = measure(() -> runPipeline(pipeline, halfView, halfRun, asOf, threads));
        deleteTree(halfRun);
        out.println("memory of the whole pipeline at two corpus sizes (max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB):");
        out.printf(Locale.ROOT, "  half: %5d documents, %6.1f MB: %6.1f s (CPU %6.1f s), peak heap %4.0f MB, "
                        + "after GC at most %4.0f MB%n", half.size(), sizeOf(half) / MB, halfPipeline.seconds(),
                halfPipeline.cpuSeconds(), halfPipeline.peakHeap() / MB, halfPipeline.peakAfterGc() / MB);
        long mostHeap = pipelines.stream().mapToLong(Measured::peakHeap).max().orElse(0);
        long mostAfterGc = pipelines.stream().mapToLong(Measured::peakAfterGc).max().orElse(0);
        out.printf(Locale.ROOT, "  all:  %5d documents, %6.1f MB: %6.1f s (CPU %6.1f s), peak heap %4.0f MB, "
                        + "after GC at most %4.0f MB%s%n", docs.size(), bytes / MB, pipelineRun.seconds(),
                pipelineRun.cpuSeconds(), mostHeap / MB, mostAfterGc / MB,
                rounds > 1 ? " (the most of the " + rounds + " rounds of (c))" : "");

        Path single = Files.createDirectory(scratch.resolve("single"));
        Measured singleRun = measure(() -> runPipeline(pipeline, docsDir, single, asOf, 1));
        Path parallelFlags = full.resolve("out/flags.jsonl");
        Path singleFlags = single.resolve("out/flags.jsonl");
        boolean identical = Files.mismatch(parallelFlags, singleFlags) == -1;
        out.printf(Locale.ROOT, "pipeline on 1 thread: %.1f s (CPU %.1f s; %d threads are %.2f× faster); flags.jsonl "
                        + "byte-identical to the %d-thread run: %s (%d bytes)%n", singleRun.seconds(), singleRun.cpuSeconds(),
                threads, singleRun.seconds() / pipelineRun.seconds(), threads, identical ? "yes" : "NO",
                Files.size(parallelFlags));
        deleteTree(single);

        out.println();
        searchLatency(indexService, full.resolve("data/index"), new ArrayList<>(vocabulary), docs.size());
        reviewLatency(review, full.resolve("data"), asOf);
        Path email = corpus.resolve("email");
        boolean samePhones = true;
        if (Files.isDirectory(email) && !email.equals(docsDir)) {
            samePhones = phoneShortcuts("e-mails", list(email, parsers.keySet()), parsers, asOf);
        } else {
            out.println("(f) e-mails skipped: no email/ folder in " + corpus);
        }
        samePhones &= phoneShortcuts("documents", docs, parsers, asOf);
        detectorCosts(docs, parsers, asOf, 1);
        out.printf(Locale.ROOT, "load average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return identical && samePhones ? 0 : 1;
    }

    // --- what was read ---

    private void header(Path corpus, Path docsDir, int files, long bytes, int threads) throws IOException {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "factdesk bench %s: %d cores, %d worker threads, Java %s, max heap %d MB, load average %.2f%n",
                corpus, Runtime.getRuntime().availableProcessors(), threads, Runtime.version().feature(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), load);
        try (Stream<Path> markers = Files.find(corpus, 3, (p, attrs) -> p.getFileName().toString().equals(".complete"))) {
            for (Path marker : markers.sorted().toList()) {
                Path part = marker.getParent();
                long[] size = sizeOfTree(part);
                out.printf(Locale.ROOT, "  read %-24s %-50s %5d files, %6.1f MB%n", corpus.relativize(part),
                        Files.readString(marker).strip(), size[0], size[1] / MB);
            }
        }
        out.printf(Locale.ROOT, "documents: %d files, %.1f MB in %s%n", files, bytes / MB, docsDir);
    }

    // --- (a) parsing ---

    /** Reads and parses every document on {@code threads} workers; returns documents parsed and characters. */
    private static long[] parseAll(List<Doc> docs, Map<String, DocumentParser> parsers, int threads) throws IOException {
        long[] totals = new long[2];
        inOrder(docs.iterator(), threads, d -> extract(d, parsers), text -> {
            if (text != null) {
                totals[0]++;
                totals[1] += text.text().length();
            }
        });
        return totals;
    }

    /** The document's text, or null when its parser refuses it (the pipeline reports those as errors). */
    private static ExtractedText extract(Doc doc, Map<String, DocumentParser> parsers) {
        try {
            byte[] bytes = Files.readAllBytes(doc.file());
            return parsers.get(extension(doc.file())).parse(doc.relative(), bytes);
        } catch (ParseException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- (b) indexing ---

    /** Parses every document and writes path, title, text and block spans to {@code spool}, in corpus order. */
    private static int[] spool(List<Doc> docs, Map<String, DocumentParser> parsers, int threads, Path spool,
                               Set<String> vocabulary) throws IOException {
        int[] count = new int[1];
        try (DataOutputStream w = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16))) {
            Iterator<Doc> it = docs.iterator();
            inOrder(it, threads, d -> new Object[] {d, extract(d, parsers)}, pair -> {
                ExtractedText text = (ExtractedText) pair[1];
                if (text == null) {
                    return;
                }
                try {
                    writeString(w, ((Doc) pair[0]).relative());
                    writeString(w, text.title());
                    writeString(w, text.text());
                    w.writeInt(text.blocks().size());
                    for (Block b : text.blocks()) {
                        w.writeInt(b.span().start());
                        w.writeInt(b.span().end());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (count[0]++ % SAMPLE_EVERY == 0) {
                    Matcher m = WORD.matcher(text.text().toLowerCase(Locale.ROOT));
                    while (m.find()) {
                        vocabulary.add(m.group());
                    }
                }
            });
        }
        return count;
    }

    /** Indexes the spooled texts, every block a passage, into a new index in {@code dir}; commits and closes. */
    private static void indexAll(Path spool, IndexService indexService, int threads, Path dir) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16));
             DocumentIndex index = indexService.open(dir)) {
            inOrder(spooled(in), threads, d -> {
                try {
                    index.put(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return d;
            }, d -> { });
            index.commit();
        }
    }

    private static Iterator<IndexedDocument> spooled(DataInputStream in) {
        return new Iterator<>() {
            private IndexedDocument next = read();

            private IndexedDocument read() {
                try {
                    String path = readString(in);
                    String title = readString(in);
                    String text = readString(in);
                    int n = in.readInt();
                    List<Span> passages = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        passages.add(new Span(in.readInt(), in.readInt()));
                    }
                    return new IndexedDocument(path, title, text, passages);
                } catch (EOFException e) {
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public IndexedDocument next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                IndexedDocument d = next;
                next = read();
                return d;
            }
        };
    }

    private static void writeString(DataOutputStream w, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        w.writeInt(b.length);
        w.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    // --- (c) the pipeline ---

    private static RunReport runPipeline(Pipeline pipeline, Path corpus, Path workspace, LocalDate asOf, int threads)
            throws IOException {
        return runPipeline(pipeline, corpus, workspace, asOf, threads, ProgressListener.NONE);
    }

    private static RunReport runPipeline(Pipeline pipeline, Path corpus, Path workspace, LocalDate asOf, int threads,
                                        ProgressListener progress) throws IOException {
        return pipeline.run(new RunRequest(corpus, workspace.resolve("out"), workspace.resolve("data"), asOf, threads),
                progress);
    }

    /** When the last file of a run was done: where the work per file ends and the work on the whole corpus begins. */
    private static final class LastFileDone implements ProgressListener {
        private boolean seen;
        /** System.nanoTime() of the latest report; compared by difference, as nanoTime values must be. */
        private long at;

        @Override
        public synchronized void progress(int filesDone, int filesTotal, long bytesDone) {
            long now = System.nanoTime();
            if (!seen || now - at > 0) {
                at = now;
            }
            seen = true;
        }

        synchronized boolean seen() {
            return seen;
        }

        synchronized long at() {
            return at;
        }
    }

    /** A folder of links to {@code docs} under their relative paths: a smaller corpus of the same files. */
    private static Path linkView(Path docsDir, List<Doc> docs, Path view) throws IOException {
        for (Doc d : docs) {
            Path link = view.resolve(d.relative());
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, docsDir.resolve(d.relative()));
        }
        return view;
    }

    // --- (d) search, (e) review ---

    private void searchLatency(IndexService indexService, Path indexDir, List<String> vocabulary, int documents)
            throws IOException {
        if (vocabulary.isEmpty()) {
            out.println("(d) search skipped: no words in the corpus");
            return;
        }
        Random random = new Random(20261123L);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES + QUERIES / 10; i++) {
            String w1 = vocabulary.get(random.nextInt(vocabulary.size()));
            String w2 = vocabulary.get(random.nextInt(vocabulary.size()));
            int shape = random.nextInt(10);
            queries.add(shape < 5 ? w1 : shape < 8 ? w1 + " " + w2 : w1 + " AND " + w2);
        }
        long[] nanos = new long[QUERIES];
        long hits = 0;
        try (DocumentIndex index = indexService.open(indexDir)) {
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                int found = index.search(queries.get(i), 10).size();
                if (i >= QUERIES / 10) { // the first tenth warms up
                    nanos[i - QUERIES / 10] = System.nanoTime() - t;
                    hits += found;
                }
            }
        }
        out.printf(Locale.ROOT, "(d) search, %d queries (1 or 2 words of a %d-word vocabulary, seeded) over %d documents: "
                + "p50 %.2f ms, p99 %.2f ms, max %.2f ms; %.1f hits per query%n", QUERIES, vocabulary.size(), documents,
                percentile(nanos, 0.50) / 1e6, percentile(nanos, 0.99) / 1e6, percentile(nanos, 1.0) / 1e6,
                hits / (double) QUERIES);
    }

    private void reviewLatency(ReviewService review, Path workspace, LocalDate asOf) throws IOException {
        int warm = DECISIONS / 10;
        List<Flag> chosen = sampleFlags(workspace.resolve("flags.jsonl"), DECISIONS + warm, new Random(7));
        if (chosen.size() < DECISIONS + warm) {
            out.println("(e) review skipped: the workspace has only " + chosen.size() + " flags");
            return;
        }
        long flagCount;
        try (Stream<String> lines = Files.lines(workspace.resolve("flags.jsonl"))) {
            flagCount = lines.count();
        }
        long[] nanos = new long[DECISIONS];
        for (int i = 0; i < chosen.size(); i++) {
            Flag f = chosen.get(i);
            ReviewRequest request = new ReviewRequest(f.id(), -1, Verdict.VERIFIED, "",
                    "doc:" + f.doc() + "#" + f.start() + "-" + f.end(), "bench", "bench");
            long t = System.nanoTime();
            try {
                review.review(workspace, request, asOf);
            } catch (RuntimeException | IllegalTransitionException | StaleDecisionException e) {
                throw new IOException("review of " + f.id() + " failed: " + e.getMessage(), e);
            }
            if (i >= warm) {
                nanos[i - warm] = System.nanoTime() - t;
            }
        }
        out.printf(Locale.ROOT, "(e) review, %d decisions recorded in a workspace of %d flags: p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms%n", DECISIONS, flagCount, percentile(nanos, 0.50) / 1e6, percentile(nanos, 0.99) / 1e6,
                percentile(nanos, 1.0) / 1e6);
    }

    /** {@code n} distinct flags, uniformly at random (reservoir sampling, seeded), in file order. */
    private static List<Flag> sampleFlags(Path flagsFile, int n, Random random) throws IOException {
        List<String> reservoir = new ArrayList<>(n);
        long seen = 0;
        try (Stream<String> lines = Files.lines(flagsFile)) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                seen++;
                if (reservoir.size() < n) {
                    reservoir.add(line);
                } else {
                    long j = (long) (random.nextDouble() * seen);
                    if (j < n) {
                        reservoir.set((int) j, line);
                    }
                }
            }
        }
        List<Flag> flags = new ArrayList<>(reservoir.size());
        for (String line : reservoir) {
            flags.add(FlagLines.fromLine(line));
        }
        flags.sort(Comparator.comparing(Flag::doc).thenComparingInt(Flag::start));
        return flags;
    }

    // --- (f) phone detection shortcuts ---

    /**
     * Runs the phone detector on every document twice, as it runs in the pipeline (libphonenumber's matcher only on
     * the windows that can hold a number, each pattern only where a match can begin) and the straightforward way
     * (matcher and patterns over the whole text), and compares the findings; true when they are the same.
     */
    private boolean phoneShortcuts(String what, List<Doc> docs, Map<String, DocumentParser> parsers, LocalDate asOf)
            throws IOException {
        Detector phone = null;
        for (Map.Entry<Detector, Map<String, Object>> e : services.withProperties(Detector.class)) {
            if (strings(e.getValue().get(Detector.TYPE)).contains(FlagTypes.PHONE)) {
                phone = e.getKey();
                break;
            }
        }
        if (phone == null) {
            out.println("(f) skipped: no phone detector installed");
            return true;
        }
        long shortcutNanos = 0;
        long wholeNanos = 0;
        int numbers = 0;
        int differing = 0;
        String firstDifference = null;
        List<Doc> warm = everyNth(docs, SAMPLE_EVERY);
        for (int pass = 0; pass < 2; pass++) {
            for (Doc d : pass == 0 ? warm : docs) {
                ExtractedText text = extract(d, parsers);
                if (text == null) {
                    continue;
                }
                List<Span> sentences = text.blocks().stream().map(Block::span).toList();
                AnalyzedDocument doc = new AnalyzedDocument(d.relative(), text.text(), text.blocks(), sentences, asOf);
                long t = System.nanoTime();
                List<Finding> shortcut = phone.detect(doc);
                long t1 = System.nanoTime();
                List<Finding> whole;
                System.setProperty(PHONE_WHOLE_TEXT, "true");
                try {
                    whole = phone.detect(doc);
                } finally {
                    System.clearProperty(PHONE_WHOLE_TEXT);
                }
                long t2 = System.nanoTime();
                if (pass == 1) {
                    shortcutNanos += t1 - t;
                    wholeNanos += t2 - t1;
                    numbers += whole.size();
                    if (!shortcut.equals(whole)) {
                        differing++;
                        if (firstDifference == null) {
                            firstDifference = d.relative() + ": whole text " + whole + ", with shortcuts " + shortcut;
                        }
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "(f) phone detector on %d %s (%.1f MB), 1 thread: straightforward scan %.2f s, "
                        + "windows and anchored patterns %.2f s (%.1f× faster); findings identical: %s (%d phone "
                        + "findings)%n", docs.size(), what, sizeOf(docs) / MB, wholeNanos / 1e9, shortcutNanos / 1e9,
                wholeNanos / (double) shortcutNanos, differing == 0 ? "yes" : "NO, in " + differing + " " + what, numbers);
        if (firstDifference != null) {
            out.println("    first difference: " + firstDifference);
        }
        return differing == 0;
    }

    // --- (g) where the pipeline's time goes ---

    /**
     * Runs every installed detector, one after another on one thread, over the documents and prints the CPU time of
     * each, with sentence splitting and the parse for scale: what (c) spends beyond (a) and (b). Over several
     * rounds each figure is its least: on a shared machine a neighbour's burst only ever adds to a round.
     */
    private void detectorCosts(List<Doc> docs, Map<String, DocumentParser> parsers, LocalDate asOf, int rounds) {
        List<Map.Entry<Detector, Map<String, Object>>> detectors = new ArrayList<>(services.withProperties(Detector.class));
        detectors.sort(Comparator.comparing(e -> String.join(",", strings(e.getValue().get(Detector.TYPE)))));
        long[] detectorNanos = new long[detectors.size()];
        Arrays.fill(detectorNanos, Long.MAX_VALUE);
        long parseNanos = Long.MAX_VALUE;
        long splitNanos = Long.MAX_VALUE;
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        List<Doc> warm = everyNth(docs, SAMPLE_EVERY);
        for (int pass = 0; pass <= rounds; pass++) {
            long[] round = new long[detectors.size()];
            long parseRound = 0;
            long splitRound = 0;
            for (Doc d : pass == 0 ? warm : docs) {
                long t0 = threadBean.getCurrentThreadCpuTime();
                ExtractedText text = extract(d, parsers);
                if (text == null) {
                    continue;
                }
                long t1 = threadBean.getCurrentThreadCpuTime();
                AnalyzedDocument doc = AnalyzedDocuments.of(d.relative(), text, asOf);
                long t2 = threadBean.getCurrentThreadCpuTime();
                parseRound += t1 - t0;
                splitRound += t2 - t1;
                for (int i = 0; i < detectors.size(); i++) {
                    long t = threadBean.getCurrentThreadCpuTime();
                    detectors.get(i).getKey().detect(doc);
                    round[i] += threadBean.getCurrentThreadCpuTime() - t;
                }
            }
            if (pass > 0) { // pass 0 is the warm-up on a sample
                for (int i = 0; i < detectors.size(); i++) {
                    detectorNanos[i] = Math.min(detectorNanos[i], round[i]);
                }
                parseNanos = Math.min(parseNanos, parseRound);
                splitNanos = Math.min(splitNanos, splitRound);
            }
        }
        long all = Arrays.stream(detectorNanos).sum();
        out.printf(Locale.ROOT, "(g) CPU time on 1 thread over the %d documents%s: parse %.2f s, sentence split %.2f s, "
                + "all detectors %.2f s:%n", docs.size(), rounds == 1 ? "" : ", the least of " + rounds + " rounds",
                parseNanos / 1e9, splitNanos / 1e9, all / 1e9);
        for (int i = 0; i < detectors.size(); i++) {
            out.printf(Locale.ROOT, "    %-12s %6.2f s%n", String.join(",", strings(detectors.get(i).getValue()
                    .get(Detector.TYPE))), detectorNanos[i] / 1e9);
        }
    }

    // --- helpers ---

    /** The parser for each extension: of those that claim it, the best-ranked. */
    private Map<String, DocumentParser> parsersByExtension() throws IOException {
        Map<String, DocumentParser> byExtension = new HashMap<>();
        for (Map.Entry<DocumentParser, Map<String, Object>> e : services.withProperties(DocumentParser.class)) {
            for (String ext : strings(e.getValue().get(DocumentParser.EXTENSIONS))) {
                byExtension.putIfAbsent(ext.toLowerCase(Locale.ROOT), e.getKey());
            }
        }
        if (byExtension.isEmpty()) {
            throw new IOException("no document parser is installed: check 'factdesk bundles'");
        }
        return byExtension;
    }

    private static List<String> strings(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** The files a parser takes under {@code dir}, as the pipeline finds them: hidden ones skipped, sorted. */
    private static List<Doc> list(Path dir, Set<String> extensions) throws IOException {
        List<Doc> docs = new ArrayList<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && d.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                        && extensions.contains(extension(file))) {
                    docs.add(new Doc(file, dir.relativize(file).toString().replace('\\', '/'), attrs.size()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        docs.sort(Comparator.comparing(Doc::relative));
        return docs;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> everyNth(List<T> all, int n) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += n) {
            out.add(all.get(i));
        }
        return out;
    }

    private static long sizeOf(List<Doc> docs) {
        return docs.stream().mapToLong(Doc::size).sum();
    }

    private static long[] sizeOfTree(Path dir) throws IOException {
        long[] r = new long[2];
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)).forEach(p -> {
                r[0]++;
                r[1] += p.toFile().length();
            });
        }
        return r;
    }

    /** A step of work that may fail with an I/O error. */
    private interface Step {
        void run() throws IOException;
    }

    /** Which round took the median time (the upper one of an even count). */
    private static int medianRound(List<Measured> rounds) {
        List<Integer> byTime = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            byTime.add(i);
        }
        byTime.sort(Comparator.comparingLong(i -> rounds.get(i).nanos()));
        return byTime.get(byTime.size() / 2);
    }

    private static Measured median(List<Measured> rounds) {
        return rounds.get(medianRound(rounds));
    }

    private static String range(List<Measured> rounds) {
        LongSummaryStatistics s = rounds.stream().mapToLong(Measured::nanos).summaryStatistics();
        return String.format(Locale.ROOT, "%.2f–%.2f s", s.getMin() / 1e9, s.getMax() / 1e9);
    }

    /** Times a stage and records its peak heap, from a collected heap and reset peaks. */
    private static Measured measure(Step step) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AfterGcPeak afterGc = new AfterGcPeak(heap.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet()));
        GcWork gcBefore = GcWork.sofar();
        long cpu = processCpuNanos();
        long t = System.nanoTime();
        try {
            step.run();
        } finally {
            afterGc.close();
        }
        long nanos = System.nanoTime() - t;
        long cpuNanos = processCpuNanos() - cpu;
        GcWork gc = GcWork.sofar().minus(gcBefore);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(nanos, cpuNanos, peak, afterGc.peak(), gc);
    }

    /**
     * What the garbage collectors did: how many pauses and how long they took, and how many concurrent cycles
     * ran (G1's "G1 Concurrent GC" bean counts those; its marking threads' work shows only in the CPU time). A
     * heap that stays full makes the collector mark it again and again, beside the stage's own work.
     */
    private record GcWork(long pauses, long pauseMillis, long concurrentCycles) {
        static GcWork sofar() {
            long pauses = 0;
            long millis = 0;
            long cycles = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc.getName().contains("Concurrent")) {
                    cycles += Math.max(0, gc.getCollectionCount());
                } else {
                    pauses += Math.max(0, gc.getCollectionCount());
                    millis += Math.max(0, gc.getCollectionTime());
                }
            }
            return new GcWork(pauses, millis, cycles);
        }

        GcWork minus(GcWork earlier) {
            return new GcWork(pauses - earlier.pauses, pauseMillis - earlier.pauseMillis,
                    concurrentCycles - earlier.concurrentCycles);
        }

        GcWork plus(GcWork other) {
            return new GcWork(pauses + other.pauses, pauseMillis + other.pauseMillis,
                    concurrentCycles + other.concurrentCycles);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pauses, %.2f s; %d concurrent cycles", pauses, pauseMillis / 1e3,
                    concurrentCycles);
        }
    }

    /**
     * The largest heap in use right after any garbage collection while it is open, from the collectors' JMX
     * notifications (read as open data, so that the bundle needs no com.sun.management import).
     */
    private static final class AfterGcPeak implements NotificationListener, AutoCloseable {
        private final Set<String> heapPools;
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final AtomicLong peak = new AtomicLong();

        AfterGcPeak(Set<String> heapPools) {
            this.heapPools = heapPools;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                    emitters.add(emitter);
                }
            }
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!(notification.getUserData() instanceof CompositeData info) || !info.containsKey("gcInfo")
                    || !(info.get("gcInfo") instanceof CompositeData gcInfo)
                    || !(gcInfo.get("memoryUsageAfterGc") instanceof TabularData after)) {
                return;
            }
            long used = 0;
            for (Object row : after.values()) {
                if (row instanceof CompositeData entry && heapPools.contains(String.valueOf(entry.get("key")))
                        && entry.get("value") instanceof CompositeData usage && usage.get("used") instanceof Long n) {
                    used += n;
                }
            }
            peak.accumulateAndGet(used, Math::max);
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    // already gone: nothing to undo
                }
            }
        }
    }

    /**
     * The CPU time of the whole process so far, from the platform MBean (read by name, so that the bundle needs no
     * com.sun.management import); 0 where the JVM does not tell.
     */
    private static long processCpuNanos() {
        try {
            Object v = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
            return v instanceof Long n ? n : 0;
        } catch (JMException e) {
            return 0;
        }
    }

    private void row(String stage, Measured m, long bytes, int docs) {
        out.printf(Locale.ROOT, "%-34s %7.2f s %7.2f s %7.1f %7.0f %7.0f MB %7.0f MB%n", stage, m.seconds(),
                m.cpuSeconds(), bytes / MB / m.seconds(), docs / m.seconds(), m.peakHeap() / MB, m.peakAfterGc() / MB);
    }

    private static String byType(Map<String, Integer> byType) {
        StringBuilder sb = new StringBuilder();
        byType.forEach((type, n) -> sb.append(sb.isEmpty() ? " (" : ", ").append(type).append(' ').append(n));
        return sb.isEmpty() ? "" : sb.append(')').toString();
    }

    /** The value at quantile {@code q} (nearest rank). */
    private static double percentile(long[] values, double q) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * Applies {@code work} to the items on {@code threads} workers and hands the results to {@code consumer} on
     * this thread, in item order. At most 2 × threads items are submitted and not yet consumed, so memory holds a
     * bounded number of them.
     */
    private static <T, R> void inOrder(Iterator<T> items, int threads, Function<T, R> work, Consumer<R> consumer)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factdesk-bench");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<R>> pending = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                if (pending.size() == 2 * threads) {
                    consumer.accept(pending.removeFirst().get());
                }
                T item = items.next();
                pending.addLast(pool.submit(() -> work.apply(item)));
            }
            while (!pending.isEmpty()) {
                consumer.accept(pending.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException(e.getCause());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
