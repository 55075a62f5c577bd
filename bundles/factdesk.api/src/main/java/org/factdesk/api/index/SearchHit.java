package org.factdesk.api.index;

import java.util.List;
import java.util.Objects;

import org.factdesk.api.document.Span;

/**
 * One passage that matched a search.
 *
 * @param doc        the document's path
 * @param passage    where the passage lies in the document's text
 * @param text       the passage's text
 * @param highlights the matched words, as spans of {@code text} (relative to the passage, not the document)
 * @param score      the relevance score; higher is better
 */
public record SearchHit(String doc, Span passage, String text, List<Span> highlights, float score) {
    public SearchHit {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
    }
}
