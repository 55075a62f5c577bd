package org.factdesk.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.pipeline.ProgressListener;
import org.factdesk.api.pipeline.RunReport;
import org.factdesk.api.pipeline.RunRequest;
import org.factdesk.pipeline.internal.CorpusWalker.CorpusFile;
import org.factdesk.support.text.ExtractedTextBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel ingest: the same flags.jsonl, byte for byte, whatever the number of workers; a bounded work queue. */
class ParallelIngestTest {
    @TempDir
    Path tmp;

    private static final DocumentParser LINES = (name, content) -> {
        ExtractedTextBuilder b = new ExtractedTextBuilder();
        new String(content, StandardCharsets.UTF_8).lines().forEach(l -> b.add(l, BlockKind.PARAGRAPH));
        return b.build("", "UTF-8");
    };

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    /**
     * Flags every hotline number and every "Footer" line; takes a different time for each document (from its
     * path), so that with several workers documents finish out of corpus order.
     */
    private final Detector unevenlySlow = doc -> {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Thread.sleep(Math.floorMod(doc.path().hashCode(), 4));
            List<Finding> out = new ArrayList<>();
            String text = doc.text();
            for (int i = text.indexOf("888-373-7888"); i >= 0; i = text.indexOf("888-373-7888", i + 1)) {
                out.add(new Finding(FlagTypes.PHONE, i, i + 12, "+18883737888", 0.95, Map.of("channel", "voice")));
            }
            for (int i = text.indexOf("Footer"); i >= 0; i = text.indexOf("Footer", i + 1)) {
                out.add(new Finding(FlagTypes.BOILERPLATE, i, i + 6, "navigation", 0.05));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            running.decrementAndGet();
        }
    };

    @Test
    void parallelAndSingleThreadedRunsWriteByteIdenticalFlags() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Random random = new Random(7);
        for (int i = 0; i < 150; i++) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 1 + random.nextInt(12); line++) {
                text.append(switch (random.nextInt(4)) {
                    case 0 -> "Call the hotline at 888-373-7888 any time.";
                    case 1 -> "Footer: Contact us";
                    case 2 -> "Shelter " + random.nextInt(1000) + " has beds tonight.";
                    default -> "Nothing to flag on this line.";
                }).append('\n');
            }
            Path file = corpus.resolve("part" + (i % 7) + "/doc" + i + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        PipelineService pipeline = new PipelineService();
        pipeline.setIndexService(new InMemoryIndex());
        pipeline.addParser(LINES, Map.of(DocumentParser.EXTENSIONS, new String[] {"txt"}, "service.id", 1L));
        pipeline.addDetector(unevenlySlow, Map.of(Detector.TYPE, "phone", Detector.VERSION, "1", "service.id", 2L));

        byte[] single = flagsOfAFreshRun(pipeline, corpus, "single", 1);
        assertEquals(1, mostAtOnce.get());
        byte[] parallel = flagsOfAFreshRun(pipeline, corpus, "parallel", 4);
        assertTrue(mostAtOnce.get() > 1, "the parallel run must have processed documents at the same time");

        assertTrue(single.length > 10_000, "the corpus must give many flags: " + single.length + " bytes");
        assertArrayEquals(single, parallel);
    }

    private byte[] flagsOfAFreshRun(PipelineService pipeline, Path corpus, String name, int threads) throws Exception {
        RunReport r = pipeline.run(new RunRequest(corpus, tmp.resolve(name + "-out"), tmp.resolve(name + "-data"),
                LocalDate.of(2026, 11, 23), threads), ProgressListener.NONE);
        assertEquals(150, r.processed(), "a fresh workspace: every document is processed");
        return Files.readAllBytes(r.flagsFile());
    }

    @Test
    void noMoreThanTwoFilesPerWorkerAreInFlight() throws Exception {
        int threads = 2;
        AtomicInteger handedOut = new AtomicInteger();
        List<CorpusFile> files = new AbstractList<>() {
            @Override
            public CorpusFile get(int index) {
                handedOut.accumulateAndGet(index + 1, Math::max);
                return new CorpusFile(Path.of("doc" + index + ".txt"), "doc" + index + ".txt", 10);
            }

            @Override
            public int size() {
                return 100;
            }
        };
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch bothWorkersBusy = new CountDownLatch(threads);
        List<DocumentProcessor.Outcome> outcomes = new ArrayList<>();
        Thread run = new Thread(() -> {
            try {
                outcomes.addAll(PipelineService.processAll(files, f -> {
                    bothWorkersBusy.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new DocumentProcessor.Outcome(f, true, List.of(), FlagSpool.Block.EMPTY, null);
                }, threads, ProgressListener.NONE));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        run.start();
        assertTrue(bothWorkersBusy.await(10, TimeUnit.SECONDS));
        Thread.sleep(300); // time enough for an unbounded loop to hand out all 100 files
        // the loop has taken the files in flight, and holds the next one while it waits for a free slot
        assertEquals(PipelineService.IN_FLIGHT_PER_THREAD * threads + 1, handedOut.get());
        release.countDown();
        run.join(10_000);
        assertEquals(100, outcomes.size());
        assertEquals("doc0.txt", outcomes.get(0).file().relative());
        assertEquals("doc99.txt", outcomes.get(99).file().relative());
    }
}
