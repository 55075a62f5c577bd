package org.factdesk.detector.stale.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NearbyTest {
    @Test
    void tokenBeforeAnOffset() {
        String text = "Updated: 2019 (2020) as of  2021\n2022";
        assertEquals(":", Nearby.tokenBefore(text, text.indexOf("2019")));
        assertEquals("(", Nearby.tokenBefore(text, text.indexOf("2020")));
        assertEquals("of", Nearby.tokenBefore(text, text.indexOf("2021")));
        assertEquals("\n", Nearby.tokenBefore(text, text.indexOf("2022")));
        assertEquals("", Nearby.tokenBefore(text, 0));
        assertEquals("updated", Nearby.tokenBefore(text, text.indexOf(":")));
    }

    @Test
    void lineBoundsAreSearchedWithinReach() {
        String text = "first line\nsecond line";
        int offset = text.indexOf("line", 11);
        assertEquals(11, Nearby.lineStart(text, offset, 20));
        assertEquals(-1, Nearby.lineStart(text, offset, 3));
        assertEquals(0, Nearby.lineStart(text, 2, 3));
        assertEquals(10, Nearby.lineEnd(text, 2, 20));
        assertEquals(-1, Nearby.lineEnd(text, 2, 3));
        assertEquals(text.length(), Nearby.lineEnd(text, offset, 20));
    }
}
