package org.factdesk.support.text;

import java.util.Arrays;

/**
 * Positions in a text collected one by one, kept as plain ints: a scan that lists where something can begin may
 * collect tens of thousands of them per page, which a {@code List<Integer>} would box one by one. Not thread-safe.
 */
public final class Positions {
    private int[] values = new int[16];
    private int size;

    public void add(int position) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = position;
    }

    public int size() {
        return size;
    }

    /** Copies the positions, in the order they were added, into {@code target} from {@code offset} on. */
    public void copyTo(int[] target, int offset) {
        System.arraycopy(values, 0, target, offset, size);
    }

    /** The positions in the order they were added. */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
