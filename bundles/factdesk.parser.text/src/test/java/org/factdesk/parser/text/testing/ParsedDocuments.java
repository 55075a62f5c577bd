package org.factdesk.parser.text.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.parse.ParseException;
import org.factdesk.parser.text.internal.PlainTextParser;
import org.factdesk.support.text.AnalyzedDocuments;

/**
 * Documents built the way the pipeline builds a text file: the plain-text parser, then the pipeline's sentences.
 * Shared with the detectors' tests through this module's test jar.
 */
public final class ParsedDocuments {
    /** The run date the documents are analyzed on. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private ParsedDocuments() {
    }

    public static AnalyzedDocument of(String raw) {
        try {
            return AnalyzedDocuments.of("test.txt",
                    new PlainTextParser().parse("test.txt", raw.getBytes(StandardCharsets.UTF_8)), AS_OF);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A seed document of the bundled corpus, read from a bundle module's folder ({@code bundles/NAME}). */
    public static AnalyzedDocument seed(String name) {
        try {
            return of(Files.readString(Path.of("../../corpus/seed", name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
