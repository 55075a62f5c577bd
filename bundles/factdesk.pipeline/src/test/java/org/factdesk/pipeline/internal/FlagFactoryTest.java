package org.factdesk.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FlagFactoryTest {
    @Test
    void idsDependOnTextAndOccurrenceNotOffsets() {
        assertEquals(FlagFactory.id("a.txt", "phone", "911", 1), FlagFactory.id("a.txt", "phone", "911", 1));
        assertEquals(19, FlagFactory.id("a.txt", "phone", "911", 1).length());
        assertNotEquals(FlagFactory.id("a.txt", "phone", "911", 1), FlagFactory.id("a.txt", "phone", "911", 2));
        assertNotEquals(FlagFactory.id("a.txt", "phone", "911", 1), FlagFactory.id("b.txt", "phone", "911", 1));
    }
}
