package org.factdesk.pipeline.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.Flag;
import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.document.Span;
import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexedDocument;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.parse.ParseException;
import org.factdesk.pipeline.internal.CorpusWalker.CorpusFile;
import org.factdesk.pipeline.internal.DetectorRegistry.RegisteredDetector;
import org.factdesk.support.text.AnalyzedDocuments;

/**
 * Does the work for one document: read, and unless the cache holds a result for the same content and detectors,
 * parse, run every detector, index, and cache the flags. Thread-safe: one instance serves all workers of a run.
 */
final class DocumentProcessor {
    /**
     * The largest file processed as one document: {@value #DEFAULT_MAX_MB} MB unless the system property
     * {@code factdesk.max.document.mb} says otherwise. A web page is rarely a tenth of that; a bigger file is almost
     * always a dump or a log, and holding it, its text and its flags at once would need a heap many times its size.
     */
    static final int DEFAULT_MAX_MB = 16;

    static long maxDocumentBytes() {
        String v = System.getProperty("factdesk.max.document.mb");
        try {
            return (v == null ? DEFAULT_MAX_MB : Math.max(1, Integer.parseInt(v.strip()))) * 1_000_000L;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_MB * 1_000_000L;
        }
    }

    /**
     * The outcome for one file: its flags (possibly from the cache), those a corpus stage reads in memory and the
     * others in the run's {@link FlagSpool}, or the one error line that explains why there are none.
     */
    record Outcome(CorpusFile file, boolean processed, List<Flag> held, FlagSpool.Block spooled, String error) {
        Outcome {
            held = List.copyOf(held);
        }

        static Outcome failed(CorpusFile file, String why) {
            return new Outcome(file, false, List.of(), FlagSpool.Block.EMPTY, file.relative() + ": " + why);
        }
    }

    private final ParserRegistry parsers;
    private final List<RegisteredDetector> detectors;
    private final String signature;
    private final DocumentIndex index;
    private final java.util.Set<String> indexedPaths;
    private final DocumentCache cache;
    private final LocalDate asOf;
    private final FlagSpool spool;
    private final Predicate<Flag> held;
    private final long maxBytes = maxDocumentBytes();

    /**
     * @param spool where the flags go that no corpus stage reads
     * @param held  which flags some corpus stage reads: they are kept in the outcome, in memory
     */
    DocumentProcessor(ParserRegistry parsers, List<RegisteredDetector> detectors, DocumentIndex index,
                      java.util.Set<String> indexedPaths, DocumentCache cache, LocalDate asOf, FlagSpool spool,
                      Predicate<Flag> held) {
        this.parsers = parsers;
        this.detectors = detectors;
        this.signature = DetectorRegistry.signature(detectors);
        this.index = index;
        this.indexedPaths = indexedPaths;
        this.cache = cache;
        this.asOf = asOf;
        this.spool = spool;
        this.held = held;
    }

    Outcome process(CorpusFile file) {
        if (file.size() > maxBytes) {
            return Outcome.failed(file, String.format(java.util.Locale.ROOT,
                    "too large to check as one page (%.1f MB, the limit is %d MB; raise it with -Dfactdesk.max.document.mb)",
                    file.size() / 1e6, maxBytes / 1_000_000));
        }
        try {
            return processWithin(file);
        } catch (OutOfMemoryError e) {
            return Outcome.failed(file, "ran out of memory while checking it (" + file.size() / 1_000_000
                    + " MB); give the JVM more heap with FACTDESK_JAVA_OPTS=-Xmx...");
        }
    }

    private Outcome processWithin(CorpusFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.file());
        } catch (NoSuchFileException e) {
            return Outcome.failed(file, "vanished before it could be read");
        } catch (AccessDeniedException e) {
            return Outcome.failed(file, "cannot be read: permission denied");
        } catch (IOException e) {
            return Outcome.failed(file, "cannot be read: " + e.getMessage());
        }
        String hash = DocumentCache.sha256(bytes);
        Optional<DocumentCache.Entry> cached = cache.get(file.relative());
        if (cached.isPresent() && cached.get().contentHash().equals(hash) && cached.get().signature().equals(signature)
                && indexedPaths.contains(file.relative())) {
            return outcome(file, false, DocumentFlags.of(cached.get().flags()), null);
        }
        Optional<DocumentParser> parser = parsers.forExtension(CorpusWalker.extension(file.file()));
        if (parser.isEmpty()) {
            return Outcome.failed(file, "no parser for this file type is installed");
        }
        ExtractedText text;
        try {
            text = parser.get().parse(file.relative(), bytes);
        } catch (ParseException e) {
            return Outcome.failed(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(file, "the parser failed: " + e);
        }
        if (text.text().isBlank()) {
            return Outcome.failed(file, "no text in it (empty, or markup only)");
        }
        AnalyzedDocument doc = AnalyzedDocuments.of(file.relative(), text, asOf);
        List<Finding> findings = new ArrayList<>();
        List<String> detectorErrors = new ArrayList<>();
        for (RegisteredDetector d : detectors) {
            try {
                for (Finding f : d.detector().detect(doc)) {
                    if (f.end() <= doc.text().length()) {
                        findings.add(f);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                detectorErrors.add("detector '" + d.type() + "' failed: " + e);
            }
        }
        List<Span> chrome = Boilerplate.spans(findings);
        DocumentFlags flags = DocumentFlags.of(FlagFactory.flags(doc, Boilerplate.withoutClaimsInside(findings, chrome)));
        try {
            index.put(new IndexedDocument(file.relative(), text.title(), text.text(), Boilerplate.contentPassages(text, chrome)));
            if (detectorErrors.isEmpty()) {
                cache.put(file.relative(), hash, signature, text.text(), flags);
            }
        } catch (IOException e) {
            return Outcome.failed(file, "cannot be indexed: " + e.getMessage());
        }
        return outcome(file, true, flags, detectorErrors.isEmpty() ? null
                : file.relative() + ": " + String.join("; ", detectorErrors));
    }

    /** The flags a stage reads stay in the outcome; the others go to the spool. */
    private Outcome outcome(CorpusFile file, boolean processed, DocumentFlags flags, String error) {
        List<Flag> kept = new ArrayList<>();
        for (Flag f : flags.flags()) {
            if (held.test(f)) {
                kept.add(f);
            }
        }
        try {
            FlagSpool.Block spooled = kept.size() == flags.size() ? FlagSpool.Block.EMPTY
                    : spool.append(flags, held.negate());
            return new Outcome(file, processed, kept, spooled, error);
        } catch (IOException e) {
            return Outcome.failed(file, "its flags cannot be stored for the run: " + e.getMessage());
        }
    }

}
