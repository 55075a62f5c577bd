package org.factdesk.detector.resource.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LabelStartTest {
    private final LabelStart labels = new LabelStart(List.of("phone", "e-mail", "hours"));

    @Test
    void aPositionMayBeginALabelWhenItsTwoCharactersFoldToALabelsFirstTwo() {
        assertTrue(labels.mayBeginAt("Phone: 555", 0, 10));
        assertTrue(labels.mayBeginAt("PHONE", 0, 5));
        assertTrue(labels.mayBeginAt("E-Mail: x", 0, 9));
        assertTrue(labels.mayBeginAt("- hours", 2, 7));
        assertFalse(labels.mayBeginAt("The phone", 0, 9));
        assertFalse(labels.mayBeginAt("P", 0, 1), "one character cannot begin a label");
        assertFalse(labels.mayBeginAt("Phone", 0, 1), "nor can a range that ends after one");
    }

    @Test
    void theAlternationKeepsTheLabelsInTheirOrder() {
        assertEquals("phone|tel|telephone", LabelStart.alternation(List.of("phone", "tel", "telephone")));
    }

    @Test
    void aLabelOfOneCharacterOrWithPatternSyntaxIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LabelStart(List.of("p")));
        assertThrows(IllegalArgumentException.class, () -> new LabelStart(List.of("dept.")));
        assertThrows(IllegalArgumentException.class, () -> new LabelStart(List.of("Phone")));
    }
}
