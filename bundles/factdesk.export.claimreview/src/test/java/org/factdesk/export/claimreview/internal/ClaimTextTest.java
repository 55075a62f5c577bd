package org.factdesk.export.claimreview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.Provenance;
import org.junit.jupiter.api.Test;

class ClaimTextTest {
    private static ClaimRecord claim(String quote, String normalized) {
        return new ClaimRecord("id", "flag", "statistic", normalized, "", "",
                new Provenance("doc.txt", quote, 0, quote.length(), "open", "", "", "", "", "", ""));
    }

    @Test
    void theQuoteWithWhitespaceCollapsed() {
        assertEquals("85% of trafficking victims statewide report being forced into prostitution",
                ClaimText.of(claim("  85% of trafficking victims\n statewide report being\tforced into prostitution ",
                        "85%")));
    }

    @Test
    void aShortQuoteGetsTheNormalizedValueOnlyWhenItAddsSomething() {
        assertEquals("Minn. Stat. 609.321", ClaimText.of(claim("Minn. Stat. 609.321", "Minn. Stat. § 609.321")),
                "three words say enough");
        assertEquals("§609.321 (Minn. Stat. § 609.321)", ClaimText.of(claim("§609.321", "Minn. Stat. § 609.321")));
        assertEquals("85%", ClaimText.of(claim("85%", "85 %")), "the same text spaced differently adds nothing");
        assertEquals("3×", ClaimText.of(claim("3×", "")));
    }

    @Test
    void anEmptyQuoteGivesTheNormalizedValue() {
        assertEquals("Conn. Gen. Stat. § 53a-82", ClaimText.of(claim(" ", "Conn. Gen. Stat. § 53a-82")));
    }

    @Test
    void aLongQuoteIsCutAtAWordWithAnEllipsis() {
        String sentence = "Minnesota has become a leader in the nation in its response to sex trafficking. ";
        String text = ClaimText.of(claim(sentence.repeat(6), ""));
        assertTrue(text.length() <= ClaimText.MAX_LENGTH, text.length() + "");
        assertTrue(text.endsWith(" response…"), text);
        assertTrue(sentence.repeat(6).startsWith(text.substring(0, text.length() - 1)));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDCDE";
        String text = ClaimText.of(claim("a".repeat(ClaimText.MAX_LENGTH - 2) + emoji + "bbbb", ""));
        assertFalse(Character.isHighSurrogate(text.charAt(text.length() - 2)), "no lone high surrogate before …");
        assertEquals("a".repeat(ClaimText.MAX_LENGTH - 2) + "…", text);
    }
}
