package org.factdesk.support.text;

import java.time.LocalDate;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.document.ExtractedText;

/** Makes the input of the detectors from a parser's output: the one place sentences are cut. */
public final class AnalyzedDocuments {
    private AnalyzedDocuments() {
    }

    public static AnalyzedDocument of(String path, ExtractedText text, LocalDate asOf) {
        return new AnalyzedDocument(path, text.text(), text.blocks(), SentenceSplitter.split(text.text(), text.blocks()), asOf);
    }
}
