package org.factdesk.api.document;

import java.util.Objects;

/**
 * One block of a document (a heading, a paragraph, a list item) as a span of its extracted text.
 * Blocks are in text order and do not overlap; text between blocks is separator whitespace.
 */
public record Block(Span span, BlockKind kind) {
    public Block {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }

    public static Block of(int start, int end, BlockKind kind) {
        return new Block(new Span(start, end), kind);
    }
}
