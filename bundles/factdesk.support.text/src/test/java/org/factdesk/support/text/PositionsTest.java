package org.factdesk.support.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PositionsTest {
    @Test
    void keepsEveryPositionInTheOrderAdded() {
        Positions p = new Positions();
        assertArrayEquals(new int[0], p.toArray());
        int[] expected = new int[100];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = 3 * i;
            p.add(3 * i);
        }
        assertEquals(100, p.size());
        assertArrayEquals(expected, p.toArray());
        int[] target = new int[102];
        p.copyTo(target, 2);
        assertEquals(0, target[2]);
        assertEquals(297, target[101]);
    }
}
