package org.factdesk.detector.citation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.Span;

/** Test documents: each line is one block and one sentence, so tests control what a sentence is. */
final class Texts {
    private Texts() {
    }

    static AnalyzedDocument document(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                blocks.add(Block.of(start, end, BlockKind.PARAGRAPH));
                sentences.add(new Span(start, end));
            }
            start = end + 1;
        }
        return new AnalyzedDocument("test.txt", text, blocks, sentences, LocalDate.of(2026, 1, 15));
    }

    static List<Finding> findings(String text) {
        return new CitationDetector().detect(document(text));
    }

    /** Every citation of {@code text} as "surface → normalized", in text order. */
    static List<String> citations(String text) {
        return findings(text).stream().map(f -> text.substring(f.start(), f.end()) + " → " + f.normalized()).toList();
    }
}
