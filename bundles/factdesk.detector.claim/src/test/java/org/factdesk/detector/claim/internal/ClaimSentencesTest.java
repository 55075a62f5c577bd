package org.factdesk.detector.claim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimSentencesTest {
    private static boolean enoughWords(String s) {
        return ClaimSentences.hasEnoughWords(s, 0, s.length());
    }

    private static boolean question(String s) {
        return ClaimSentences.isQuestion(s, 0, s.length());
    }

    private static String normalize(String s) {
        return ClaimSentences.normalize(s, 0, s.length());
    }

    @Test
    void fragmentsHaveFewerThanFourWords() {
        assertFalse(enoughWords("Signs to note:"));
        assertFalse(enoughWords("Up 40 percent."));
        assertFalse(enoughWords("$3,000 in fines.")); // "3,000" is one word
        assertFalse(enoughWords("- \u2022 \u2014 ..."));
        assertTrue(enoughWords("No\u2014prostitution is illegal."));
        assertTrue(enoughWords("Fines: $3,000 or 1.5 years."));
        assertTrue(enoughWords("Kansas doesn't license brothels."));
    }

    private static boolean code(String s) {
        return ClaimSentences.looksLikeCode(s, 0, s.length());
    }

    @Test
    void programCodeIsNotProse() {
        assertTrue(code("if (ptr == NULL) { return -ENOMEM; }"));
        assertTrue(code(">>> squares = [x * x for x in range(10)]"));
        assertTrue(code("SELECT count(*) FROM cases WHERE year >= 2020;"));
        assertTrue(code("<a href=\"/help\">Get help</a>"));
        assertFalse(code("Arrests rose 12% (n=45) in 2023 (DHS)."));
        assertFalse(code("Call the hotline (1-888-373-7888) or text HELP to 233733."));
        assertFalse(code("Under Minn. Stat. \u00a7 609.321, subd. 7a, a minor (under 18) is a victim."));
        assertFalse(code("A 2022 report found 68% of survivors were first exploited before age 18."));
        assertFalse(code("In 2022, 68%[3] of survivors[4] were minors."));
        assertFalse(code("**Over 40%** of victims are *minors*."));
        assertFalse(code("Most of them were _minors_ [1] [2]."));
        assertTrue(code("scaling_list_dc_coef_16x16[6] and uv_mode[10][9]"));
    }

    @Test
    void questionsEndInAQuestionMark() {
        assertTrue(question("Is prostitution legal in Willmar, Minnesota?"));
        assertTrue(question("\u201cDid 2,000 people call the Texas hotline in 2021?\u201d "));
        assertTrue(question("(Who runs the Ohio task force?)"));
        assertFalse(question("Ask \u201cwhy?\u201d and the data answers: 12 cases in 2023."));
        assertFalse(question("Is it legal? No, it is a misdemeanor in Vermont."));
        assertFalse(question(""));
    }

    @Test
    void normalizedTextHasSingleSpacesAndAtMost300Characters() {
        assertEquals("In 2022, Oregon recorded 312 cases.",
                normalize("  In 2022,\n\tOregon\u00a0 recorded 312 cases. "));
        String words = "word ".repeat(100);
        assertEquals(words.substring(0, 299), normalize(words)); // the 300th character is a space: trimmed
        String emoji = "a".repeat(299) + "\ud83d\ude00 more";
        assertEquals("a".repeat(299), normalize(emoji)); // never half a surrogate pair
        assertEquals(300, normalize("x".repeat(10_000)).length());
    }
}
