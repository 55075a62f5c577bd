package org.factdesk.detector.phone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WindowNumbersTest {
    @Test
    void findsTheNumbersOfATextWithTheirOffsetsAndExtensions() {
        String text = "Call 612-673-3000 ext. 12 or (651) 555-0123.";
        assertEquals(List.of(new WindowNumbers.Found(5, 25, "+16126733000", "12"),
                new WindowNumbers.Found(29, 43, "+16515550123", "")), WindowNumbers.find(text));
    }
}
