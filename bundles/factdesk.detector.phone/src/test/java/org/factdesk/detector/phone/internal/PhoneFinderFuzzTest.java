package org.factdesk.detector.phone.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the phone finder from seed pages: for any text it must not throw, and every match
 * must lie inside the text with a normalized value of digits (E.164 or a short code).
 */
class PhoneFinderFuzzTest {
    private final PhoneFinder finder = new PhoneFinder();

    @FuzzTest(maxDuration = "15s")
    void fuzz(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (PhoneMatch m : finder.find(text)) {
            assertTrue(m.start() >= 0 && m.end() <= text.length() && m.start() < m.end(), m.toString());
            assertTrue(m.normalized().matches("\\+?\\d{3,15}"), m.toString());
        }
    }
}
