package org.factdesk.detector.statistic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.detect.AnalyzedDocument;
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

    /** Every statistic of {@code text} as "surface → normalized", in text order. */
    static List<String> statistics(String text) {
        return new StatisticFinder().find(text).stream()
                .map(s -> text.substring(s.start(), s.end()) + " → " + s.normalized())
                .toList();
    }
}
