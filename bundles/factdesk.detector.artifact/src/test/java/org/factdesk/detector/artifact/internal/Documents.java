package org.factdesk.detector.artifact.internal;

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

/** Builds documents the way the pipeline does: the plain-text parser, then the pipeline's sentences. */
final class Documents {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private Documents() {
    }

    static AnalyzedDocument of(String raw) {
        try {
            return AnalyzedDocuments.of("test.txt", new PlainTextParser().parse("test.txt", raw.getBytes(StandardCharsets.UTF_8)), AS_OF);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static AnalyzedDocument seed(String name) {
        try {
            return of(Files.readString(Path.of("../../corpus/seed", name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
