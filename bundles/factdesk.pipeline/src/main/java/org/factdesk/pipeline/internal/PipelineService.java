package org.factdesk.pipeline.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Flag;
import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexService;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.pipeline.CorpusStage;
import org.factdesk.api.pipeline.CorpusView;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.pipeline.ProgressListener;
import org.factdesk.api.pipeline.RunReport;
import org.factdesk.api.pipeline.RunRequest;
import org.factdesk.pipeline.internal.CorpusWalker.CorpusFile;
import org.factdesk.pipeline.internal.DetectorRegistry.RegisteredDetector;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The main job. Collects parsers and detectors from the service registry as they come and go (whiteboard), and
 * runs corpus → parse → detect → index → {@code flags.jsonl}. Documents are processed on {@code threads}
 * workers; the output is sorted, so it is the same whatever the number of threads.
 */
@Component(service = Pipeline.class)
public final class PipelineService implements Pipeline {
    /** The flags of the last run, kept in the workspace for the review commands. */
    static final String WORKSPACE_FLAGS = "flags.jsonl";
    /** How many files per worker may be queued or in work at once. */
    static final int IN_FLIGHT_PER_THREAD = 2;

    private final ParserRegistry parsers = new ParserRegistry();
    private final StageRegistry stages = new StageRegistry();
    private final DetectorRegistry detectors = new DetectorRegistry();

    private volatile IndexService indexService;

    @Reference
    void setIndexService(IndexService service) {
        this.indexService = service;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addParser(DocumentParser parser, Map<String, Object> properties) {
        parsers.add(parser, properties);
    }

    void removeParser(DocumentParser parser) {
        parsers.remove(parser);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDetector(Detector detector, Map<String, Object> properties) {
        detectors.add(detector, properties);
    }

    void removeDetector(Detector detector) {
        detectors.remove(detector);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStage(CorpusStage stage, Map<String, Object> properties) {
        stages.add(stage, properties);
    }

    void removeStage(CorpusStage stage) {
        stages.remove(stage);
    }

    /**
     * Verification, then review status: each stage gets the flags it reads (of its types, in its documents) as the
     * stages before left them, and what it returns takes their place.
     */
    private static List<Flag> runStages(RunRequest request, List<StageRegistry.Reading> running, List<Flag> held)
            throws IOException {
        DocumentCache cache = new DocumentCache(request.data().resolve("cache"));
        List<Flag> current = new ArrayList<>(held);
        current.sort(Flag.DOCUMENT_ORDER);
        for (StageRegistry.Reading stage : running) {
            List<Flag> read = new ArrayList<>();
            List<Flag> passing = new ArrayList<>();
            for (Flag f : current) {
                (stage.reads(f) ? read : passing).add(f);
            }
            passing.addAll(stage.stage().stage().process(new CorpusView(request, read,
                    path -> cache.get(path).map(DocumentCache.Entry::text))));
            passing.sort(Flag.DOCUMENT_ORDER);
            current = passing;
        }
        return current;
    }

    @Override
    public RunReport run(RunRequest request, ProgressListener progress) throws IOException {
        long t0 = System.nanoTime();
        CorpusWalker.Listing listing = CorpusWalker.list(request.corpus(), parsers::accepts);
        Files.createDirectories(request.out());
        Files.createDirectories(request.data());
        List<RegisteredDetector> running = detectors.snapshot();
        List<StageRegistry.Reading> runningStages = new ArrayList<>();
        for (StageRegistry.Stage stage : stages.snapshot()) {
            runningStages.add(stage.forRun(request));
        }
        try (FlagSpool spool = FlagSpool.createIn(request.data())) {
            return run(request, progress, t0, listing, running, runningStages, spool);
        }
    }

    private RunReport run(RunRequest request, ProgressListener progress, long t0, CorpusWalker.Listing listing,
                          List<RegisteredDetector> running, List<StageRegistry.Reading> runningStages, FlagSpool spool)
            throws IOException {
        List<CorpusFile> files = listing.files();
        List<DocumentProcessor.Outcome> outcomes;
        DocumentIndex index = indexService.open(request.data().resolve("index"));
        try {
            spool.deleteOthersIn(request.data()); // the index's write lock is ours: any other spool is a crash's
            Set<String> indexed = index.paths();
            DocumentCache cache = new DocumentCache(request.data().resolve("cache"));
            DocumentProcessor processor = new DocumentProcessor(parsers, running, index, indexed, cache, request.asOf(),
                    spool, StageRegistry.held(runningStages));
            outcomes = processAll(files, processor::process, request.threads(), progress);
            Set<String> present = new java.util.HashSet<>();
            for (DocumentProcessor.Outcome o : outcomes) {
                if (o.processed() || o.error() == null) {
                    present.add(o.file().relative());
                }
            }
            for (String gone : indexed) {
                if (!present.contains(gone)) {
                    index.remove(gone);
                    cache.remove(gone);
                }
            }
        } catch (IOException | RuntimeException e) {
            try {
                index.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        // Committing and closing the index (Lucene's last flush and its merges) runs beside the corpus stages and
        // the writing of the flags, which do not read it: on two cores that takes the longest single-threaded step
        // of a run off its critical path. The run returns only once the index is committed.
        FutureTask<Void> indexCommitted = new FutureTask<>(() -> {
            try (index) {
                index.commit();
            }
            return null;
        });
        Thread committer = new Thread(indexCommitted, "factdesk-index-commit");
        committer.setDaemon(true);
        committer.start();
        RunReport report;
        try {
            report = writeFlags(request, listing, outcomes, runningStages, spool);
        } catch (IOException | RuntimeException e) {
            try {
                await(indexCommitted);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        await(indexCommitted);
        return new RunReport(report.documents(), report.processed(), report.unchanged(), report.bytes(),
                report.flagsByType(), report.errors(), report.flagsFile(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The flags of all documents through the corpus stages into {@code flags.jsonl}; the report, but its time. */
    private static RunReport writeFlags(RunRequest request, CorpusWalker.Listing listing,
                                        List<DocumentProcessor.Outcome> outcomes, List<StageRegistry.Reading> running,
                                        FlagSpool spool) throws IOException {
        List<String> errors = new ArrayList<>(listing.errors());
        List<Flag> held = new ArrayList<>();
        int processed = 0;
        long bytes = 0;
        for (DocumentProcessor.Outcome o : outcomes) {
            held.addAll(o.held());
            bytes += o.file().size();
            if (o.processed()) {
                processed++;
            }
            if (o.error() != null) {
                errors.add(o.error());
            }
        }
        Workspace.recordCorpus(request.data(), request.corpus());
        List<Flag> staged = runStages(request, running, held);
        Path flagsFile = request.out().resolve("flags.jsonl");
        Map<String, Integer> byType = FlagsFile.writeAtomically(flagsFile, outcomes, spool, staged);
        copyAtomically(flagsFile, request.data().resolve(WORKSPACE_FLAGS));
        int unchanged = (int) outcomes.stream().filter(o -> !o.processed() && o.error() == null).count();
        return new RunReport(listing.files().size(), processed, unchanged, bytes, byType, errors, flagsFile, 0);
    }

    /**
     * The workspace's copy of the flags, byte for byte: copying the file costs a fraction of writing a hundred
     * thousand flags as JSON again. Renamed into place, so a reader never sees half of it.
     */
    private static void copyAtomically(Path source, Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits for the index to be committed and closed, even when interrupted; its failure fails the run. */
    private static void await(FutureTask<Void> indexCommitted) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    indexCommitted.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the writer must be closed before the run returns, so wait on
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io
                            : new IOException("the index could not be committed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Processes the files on {@code threads} workers and returns their outcomes in corpus order. At most
     * {@value #IN_FLIGHT_PER_THREAD} × threads files are in flight (queued or being processed) at once: the
     * queue is bounded, so a worker holds one file at a time and a large corpus never piles up in memory.
     */
    static List<DocumentProcessor.Outcome> processAll(List<CorpusFile> files,
                                                      Function<CorpusFile, DocumentProcessor.Outcome> processor,
                                                      int threads, ProgressListener progress) throws IOException {
        AtomicInteger done = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        Semaphore inFlight = new Semaphore(IN_FLIGHT_PER_THREAD * threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factdesk-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DocumentProcessor.Outcome>> futures = new ArrayList<>(files.size());
            for (CorpusFile f : files) {
                inFlight.acquire();
                futures.add(pool.submit(() -> {
                    try {
                        DocumentProcessor.Outcome o = processor.apply(f);
                        progress.progress(done.incrementAndGet(), files.size(), bytes.addAndGet(f.size()));
                        return o;
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            List<DocumentProcessor.Outcome> outcomes = new ArrayList<>(files.size());
            for (Future<DocumentProcessor.Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the run was interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
