package org.factdesk.detector.statistic.internal;

import java.util.List;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.support.text.testing.TestDocuments;

/** Test documents: each line is one block and one sentence, so tests control what a sentence is. */
final class Texts {
    private Texts() {
    }

    static AnalyzedDocument document(String text) {
        return TestDocuments.linePerSentence(text);
    }

    /** Every statistic of {@code text} as "surface → normalized", in text order. */
    static List<String> statistics(String text) {
        return new StatisticFinder().find(text).stream()
                .map(s -> text.substring(s.start(), s.end()) + " → " + s.normalized())
                .toList();
    }
}
