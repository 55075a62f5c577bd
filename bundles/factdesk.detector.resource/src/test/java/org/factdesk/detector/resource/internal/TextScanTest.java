package org.factdesk.detector.resource.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TextScanTest {
    @Test
    void containsIgnoreCaseFoldsAsciiLettersAsThePatternsDo() {
        assertTrue(TextScan.containsIgnoreCase("Office HOURS: 9-5", 0, 17, "hours"));
        assertTrue(TextScan.containsIgnoreCase("the hOuRs", 0, 9, "hours"));
        assertFalse(TextScan.containsIgnoreCase("the hour", 0, 8, "hours"));
        assertFalse(TextScan.containsIgnoreCase("Office hours", 0, 10, "hours"), "the range ends inside the word");
        assertFalse(TextScan.containsIgnoreCase("Office hours", 8, 12, "hours"), "the range starts inside the word");
        // "ſ" (long s) folds to "s" only under Unicode case folding, which (?i) does not do
        String longS = "hourſ";
        assertFalse(TextScan.containsIgnoreCase(longS, 0, longS.length(), "hours"));
        assertFalse(Pattern.compile("(?i)hours").matcher(longS).find());
    }

    @Test
    void containsIgnoreCaseAgreesWithTheCaseInsensitivePattern() {
        String[] texts = {"Hours", "HOURS", "hours", "hours!", "xhoursx", "h o u r s", "Hourly", "thHours", "HOUR S", "ḧours"};
        Pattern hours = Pattern.compile("(?i)hours");
        for (String t : texts) {
            assertEquals(hours.matcher(t).find(), TextScan.containsIgnoreCase(t, 0, t.length(), "hours"), t);
        }
    }

    @Test
    void clockTimesNeedAnAsciiDigitBeforeTheirAmOrPm() {
        assertTrue(TextScan.hasClockTime("open 9 a.m. to 5", 0, 16));
        assertTrue(TextScan.hasClockTime("5pm", 0, 3));
        assertFalse(TextScan.hasClockTime("in 2023 the law", 0, 15), "a year and a word that is not a.m. or p.m.");
        assertFalse(TextScan.hasClockTime("٣ pm", 0, 4), "an Arabic-Indic digit is not \\d");
    }
}
