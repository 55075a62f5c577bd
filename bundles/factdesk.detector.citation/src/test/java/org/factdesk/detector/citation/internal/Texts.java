package org.factdesk.detector.citation.internal;

import java.util.List;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.support.text.testing.TestDocuments;

/** Test documents: each line is one block and one sentence, so tests control what a sentence is. */
final class Texts {
    private Texts() {
    }

    static AnalyzedDocument document(String text) {
        return TestDocuments.linePerSentence(text);
    }

    static List<Finding> findings(String text) {
        return new CitationDetector().detect(document(text));
    }

    /** Every citation of {@code text} as "surface → normalized", in text order. */
    static List<String> citations(String text) {
        return TestDocuments.surfaces(text, findings(text));
    }
}
