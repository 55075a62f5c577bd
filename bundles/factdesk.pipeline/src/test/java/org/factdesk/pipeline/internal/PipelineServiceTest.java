package org.factdesk.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.parse.ParseException;
import org.factdesk.api.pipeline.CorpusStage;
import org.factdesk.api.pipeline.ProgressListener;
import org.factdesk.api.pipeline.RunReport;
import org.factdesk.api.pipeline.RunRequest;
import org.factdesk.support.text.ExtractedTextBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineServiceTest {
    @TempDir
    Path tmp;
    private Path corpus;
    private final InMemoryIndex index = new InMemoryIndex();
    private final PipelineService pipeline = new PipelineService();

    /** One block per line; refuses files that start with "BAD". */
    private static final DocumentParser LINES = (name, content) -> {
        String s = new String(content, StandardCharsets.UTF_8);
        if (s.startsWith("BAD")) {
            throw new ParseException("not a document: starts with BAD");
        }
        ExtractedTextBuilder b = new ExtractedTextBuilder();
        s.lines().forEach(l -> b.add(l, l.startsWith("Footer") ? BlockKind.OTHER : BlockKind.PARAGRAPH));
        return b.build("", "UTF-8");
    };

    /** Flags every occurrence of the hotline number; flags lines starting with "Footer" as boilerplate. */
    private static final Detector HOTLINE = doc -> {
        List<Finding> out = new ArrayList<>();
        for (int i = doc.text().indexOf("888-373-7888"); i >= 0; i = doc.text().indexOf("888-373-7888", i + 1)) {
            out.add(new Finding(FlagTypes.PHONE, i, i + 12, "+18883737888", 0.9));
        }
        return out;
    };
    private static final Detector CHROME = doc -> doc.blocks().stream()
            .filter(b -> doc.slice(b.span()).startsWith("Footer"))
            .flatMap(b -> java.util.stream.Stream.of(
                    new Finding(FlagTypes.BOILERPLATE, b.span().start(), b.span().end(), "navigation", 0.05),
                    new Finding(FlagTypes.CLAIM, b.span().start(), b.span().end(), "footer claim", 0.5)))
            .toList();

    @BeforeEach
    void setUp() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        pipeline.setIndexService(index);
        pipeline.addParser(LINES, Map.of(DocumentParser.EXTENSIONS, new String[] {"txt"}, "service.id", 1L));
        pipeline.addDetector(HOTLINE, Map.of(Detector.TYPE, "phone", Detector.VERSION, "1", "service.id", 2L));
        pipeline.addDetector(CHROME, Map.of(Detector.TYPE, "boilerplate", Detector.VERSION, "1", "service.id", 3L));
        Files.writeString(corpus.resolve("a.txt"), "Call 888-373-7888 now.\nOr 888-373-7888 later.\nFooter: Contact us");
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/b.txt"), "Nothing here.");
        Files.writeString(corpus.resolve("bad.txt"), "BAD bytes");
        Files.writeString(corpus.resolve("notes.json"), "{}");
        Files.writeString(corpus.resolve(".hidden.txt"), "888-373-7888");
    }

    private RunReport run(int threads) throws Exception {
        return pipeline.run(new RunRequest(corpus, tmp.resolve("out"), tmp.resolve("data"), LocalDate.of(2026, 11, 23), threads),
                ProgressListener.NONE);
    }

    private List<Flag> flags() throws Exception {
        List<Flag> out = new ArrayList<>();
        for (String line : Files.readAllLines(tmp.resolve("out/flags.jsonl"))) {
            out.add(org.factdesk.support.json.FlagLines.fromLine(line));
        }
        return out;
    }

    @Test
    void runsEveryDetectorAndReportsBadFilesWithoutStopping() throws Exception {
        RunReport r = run(2);
        assertEquals(3, r.documents());
        assertEquals(2, r.processed());
        assertEquals(List.of("bad.txt: not a document: starts with BAD"), r.errors());
        assertEquals(Map.of("phone", 2, "boilerplate", 1), r.flagsByType());
        List<Flag> flags = flags();
        assertEquals(List.of("phone", "phone", "boilerplate"), flags.stream().map(Flag::type).toList());
        Flag first = flags.get(0);
        assertEquals("a.txt", first.doc());
        assertEquals(5, first.start());
        assertEquals("888-373-7888", first.text());
        assertEquals("Call 888-373-7888 now.", first.context());
        assertEquals("open", first.status());
        assertTrue(!first.id().equals(flags.get(1).id()), "two occurrences get two ids");
        // boilerplate: no claim inside it, and its block is not indexed
        assertEquals(2, index.documents.get("a.txt").passages().size());
    }

    @Test
    void aSecondRunReprocessesNothingAndWritesTheSameFile() throws Exception {
        run(2);
        byte[] before = Files.readAllBytes(tmp.resolve("out/flags.jsonl"));
        int puts = index.puts;
        RunReport second = run(1);
        assertEquals(0, second.processed());
        assertEquals(2, second.unchanged());
        assertEquals(puts, index.puts);
        assertEquals(new String(before, StandardCharsets.UTF_8),
                new String(Files.readAllBytes(tmp.resolve("out/flags.jsonl")), StandardCharsets.UTF_8));
    }

    @Test
    void idsSurviveAnEditElsewhereAndRemovedFilesLeaveTheIndex() throws Exception {
        run(1);
        String firstId = flags().get(0).id();
        Files.writeString(corpus.resolve("a.txt"), "A new first line.\nCall 888-373-7888 now.\nOr 888-373-7888 later.");
        Files.delete(corpus.resolve("sub/b.txt"));
        RunReport r = run(1);
        assertEquals(1, r.processed());
        assertEquals(firstId, flags().get(0).id());
        assertEquals(java.util.Set.of("a.txt"), index.paths());
    }

    @Test
    void aDetectorThatThrowsIsReportedAndTheOthersStillRun() throws Exception {
        pipeline.addDetector(doc -> { throw new IllegalStateException("boom"); },
                Map.of(Detector.TYPE, "claim", Detector.VERSION, "1", "service.id", 4L));
        RunReport r = run(1);
        assertTrue(r.errors().contains("a.txt: detector 'claim' failed: java.lang.IllegalStateException: boom"), r.errors().toString());
        assertEquals(2, r.flagsByType().get("phone"));
    }

    @Test
    void aStageThatNamesItsTypesGetsOnlyThoseAndTheOthersPassItByInDocumentOrder() throws Exception {
        List<List<String>> seen = new ArrayList<>();
        pipeline.addStage(view -> {
            seen.add(view.flags().stream().map(Flag::type).toList());
            List<Flag> out = new ArrayList<>();
            for (Flag f : view.flags()) {
                out.add(f.withStatus("checked"));
                out.add(new Flag(f.id() + "-c", f.doc(), FlagTypes.CONFLICT, f.start(), f.end(), f.text(), "conflict",
                        f.context(), Flag.OPEN, 0.5, Map.of()));
            }
            return out;
        }, Map.of(CorpusStage.ORDER, 100, CorpusStage.TYPES, new String[] {FlagTypes.PHONE}, "service.id", 5L));
        RunReport r = run(2);

        assertEquals(List.of(List.of("phone", "phone")), seen, "the stage sees the phone flags only");
        assertEquals(Map.of("phone", 2, "conflict", 2, "boilerplate", 1), r.flagsByType());
        List<Flag> flags = flags();
        assertEquals(List.of("conflict", "phone", "conflict", "phone", "boilerplate"),
                flags.stream().map(Flag::type).toList(), "staged and spooled flags merged in document order");
        List<Flag> sorted = new ArrayList<>(flags);
        sorted.sort(Flag.DOCUMENT_ORDER);
        assertEquals(sorted, flags);
        assertEquals(List.of("checked", "checked"), flags.stream().filter(f -> f.type().equals("phone"))
                .map(Flag::status).toList(), "what the stage returned replaced what it read");
        assertEquals("open", flags.get(4).status(), "the boilerplate flag passed by unchanged");
        try (var left = Files.list(tmp.resolve("data"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".spool")), "the spool is deleted");
        }
    }

    @Test
    void aSpoolLeftByACrashedRunIsDeleted() throws Exception {
        Path left = Files.createDirectories(tmp.resolve("data")).resolve("flags-crashed.spool");
        Files.writeString(left, "half a spool");
        run(1);
        assertTrue(Files.notExists(left));
        assertEquals(3, flags().size());
    }

    @Test
    void aStageThatNamesNoTypesGetsEveryFlag() throws Exception {
        List<List<String>> seen = new ArrayList<>();
        pipeline.addStage(view -> {
            seen.add(view.flags().stream().map(Flag::type).toList());
            return view.flags();
        }, Map.of(CorpusStage.ORDER, 100, "service.id", 5L));
        run(1);
        assertEquals(List.of(List.of("phone", "phone", "boilerplate")), seen);
        assertEquals(3, flags().size());
    }

    @Test
    void aStageThatNamesItsDocumentsGetsOnlyTheirFlags() throws Exception {
        Files.writeString(corpus.resolve("sub/b.txt"), "Or call 888-373-7888.");
        List<List<String>> seen = new ArrayList<>();
        pipeline.addStage(new CorpusStage() {
            @Override
            public java.util.function.Predicate<String> documents(RunRequest request) {
                return "sub/b.txt"::equals;
            }

            @Override
            public List<Flag> process(org.factdesk.api.pipeline.CorpusView view) {
                seen.add(view.flags().stream().map(Flag::doc).toList());
                return view.flags().stream().map(f -> f.withStatus("checked")).toList();
            }
        }, Map.of(CorpusStage.ORDER, 100, "service.id", 5L));
        run(2);
        assertEquals(List.of(List.of("sub/b.txt")), seen);
        assertEquals(List.of("a.txt open", "a.txt open", "a.txt open", "sub/b.txt checked"),
                flags().stream().map(f -> f.doc() + " " + f.status()).toList());
        assertTrue(flags().stream().allMatch(f -> f.attributes().containsKey("version")), "born at version 0");
    }
}
