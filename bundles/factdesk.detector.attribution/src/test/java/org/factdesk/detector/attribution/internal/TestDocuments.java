package org.factdesk.detector.attribution.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.ExtractedText;
import org.factdesk.support.text.ExtractedTextBuilder;
import org.factdesk.support.text.SentenceSplitter;

/**
 * Documents built the way the pipeline builds them: one block per line, separated by a blank line, of the kind
 * the plain-text parser would give it (list item after a marker, heading for a short line that does not end a
 * sentence or that asks a question, paragraph otherwise), then cut into sentences by the real splitter.
 */
final class TestDocuments {
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[•·▪*\\-–]|\\d{1,2}[.)])\\s+\\S.*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;][\"”’)]*$");

    private TestDocuments() {
    }

    static AnalyzedDocument of(String... lines) {
        ExtractedTextBuilder builder = new ExtractedTextBuilder();
        for (String line : lines) {
            builder.add(line, kind(line));
        }
        ExtractedText t = builder.build("", "UTF-8");
        return new AnalyzedDocument("test.txt", t.text(), t.blocks(), SentenceSplitter.split(t.text(), t.blocks()),
                LocalDate.of(2026, 1, 1));
    }

    /** A document of one paragraph. */
    static AnalyzedDocument paragraph(String text) {
        return of(text);
    }

    private static BlockKind kind(String line) {
        if (LIST_MARKER.matcher(line).matches()) {
            return BlockKind.LIST_ITEM;
        }
        boolean shortLine = line.length() <= 90;
        if (shortLine && (line.endsWith("?") || !ENDS_SENTENCE.matcher(line).matches() && !line.endsWith(","))) {
            return BlockKind.HEADING;
        }
        return BlockKind.PARAGRAPH;
    }
}
