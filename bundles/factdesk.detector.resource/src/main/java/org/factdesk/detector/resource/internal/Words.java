package org.factdesk.detector.resource.internal;

import java.util.Arrays;

/**
 * The words of a range as {@link Tokenizer} cut them: their offsets in two int arrays, and a {@link Word} made only
 * when one is asked for. A page has a word every six characters or so, and most are looked at once, for a capital
 * letter; kept as objects, the words of every block of every page were a good part of what a run allocates.
 * Immutable once built.
 */
final class Words {
    private final String source;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;

    Words(String source) {
        this.source = source;
    }

    void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size++] = end;
    }

    /** A view of the {@code i}-th word (a new one each time: it is small, and usually never leaves the caller). */
    Word get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i + " of " + size + " words");
        }
        return new Word(source, starts[i], ends[i]);
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int size() {
        return size;
    }
}
