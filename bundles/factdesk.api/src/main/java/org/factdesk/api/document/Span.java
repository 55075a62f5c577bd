package org.factdesk.api.document;

/**
 * A half-open range {@code [start, end)} of character offsets into a document's extracted text.
 *
 * @param start first character, inclusive, at least 0
 * @param end   last character, exclusive, at least {@code start}
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** True when {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }
}
