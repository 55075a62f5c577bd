package org.factdesk.api.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.factdesk.api.document.Block;
import org.factdesk.api.document.Span;

/**
 * The input every detector gets: one document's text, its blocks and its sentences, already computed once
 * by the pipeline so that detectors agree on what a sentence is.
 *
 * @param path      the document's path relative to the corpus folder, with {@code /} separators
 * @param text      the extracted text
 * @param blocks    blocks of {@code text}, in order
 * @param sentences sentences of {@code text}, in order; each lies inside one block
 * @param asOf      the date the run treats as today (for the age of dated statements)
 */
public record AnalyzedDocument(String path, String text, List<Block> blocks, List<Span> sentences, LocalDate asOf) {
    public AnalyzedDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The sentence that contains {@code offset}, or the block around it when no sentence does. */
    public Span sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        for (Block b : blocks) {
            if (offset >= b.span().start() && offset < b.span().end()) {
                return b.span();
            }
        }
        return new Span(Math.min(offset, text.length()), Math.min(offset, text.length()));
    }

    /** The text of a span. */
    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }
}
