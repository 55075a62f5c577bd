package org.factdesk.api.index;

import java.util.List;
import java.util.Objects;

import org.factdesk.api.document.Span;

/**
 * A document as the index stores it.
 *
 * @param path     the document's path relative to the corpus
 * @param title    its title, or the empty string
 * @param text     the whole extracted text
 * @param passages the spans of {@code text} to index as searchable passages (content only: boilerplate is left
 *                 out so that it never answers a search)
 */
public record IndexedDocument(String path, String title, String text, List<Span> passages) {
    public IndexedDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        passages = List.copyOf(passages);
    }
}
