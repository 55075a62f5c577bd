package org.factdesk.support.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AsciiCharsTest {
    @Test
    void regexSpaceIsExactlyWhatTheSpacePatternMatches() {
        Pattern space = Pattern.compile("\\s");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(space.matcher(String.valueOf(c)).matches(), AsciiChars.isRegexSpace(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void lowerCaseFoldsAsciiLettersAsCaseInsensitivePatternsDo() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            char folded = AsciiChars.toLowerCase(c);
            if (c < 128) {
                assertEquals(String.valueOf(c).toLowerCase(java.util.Locale.ROOT).charAt(0), folded);
            } else {
                assertEquals(c, folded, "only ASCII letters fold");
            }
        }
        assertEquals(true, Pattern.compile("(?i)k").matcher("K").matches());
        assertEquals(false, Pattern.compile("(?i)k").matcher("\u212A").matches(), "the Kelvin sign needs UNICODE_CASE");
    }
}
