package org.factdesk.detector.statistic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QualifiersTest {
    private static String before(String text) {
        Qualifiers.Found q = Qualifiers.before(text, text.length());
        return q == null ? null : q.canonical() + "@" + q.at();
    }

    @Test
    void theLongestPhraseWins() {
        assertEquals("up to@6", before("fines not more than "));
        assertEquals("more than@6", before("fines more than "));
        assertEquals("nearly@0", before("just under "));
        assertEquals("about@0", before("An estimated "));
        assertEquals("at least@0", before("no fewer than "));
        assertEquals("average@0", before("an average of "));
    }

    @Test
    void noQualifierWhenTheWordIsGluedOrAbsent() {
        assertNull(before("up to"));
        assertNull(before("the "));
        assertNull(before(""));
    }

    @Test
    void qualifiersAfterTheNumber() {
        assertEquals("at least", Qualifiers.after("7+ attempts", 1).canonical());
        assertEquals("at least", Qualifiers.after("12 or more victims", 2).canonical());
        assertEquals("up to", Qualifiers.after("12 or fewer victims", 2).canonical());
        assertNull(Qualifiers.after("12 or 21", 2));
    }

    @Test
    void agePhrasesBeforeTheNumber() {
        assertEquals("average", Qualifiers.ageBefore("their average age of entry into prostitution is ", 48));
        assertEquals("", Qualifiers.ageBefore("girls aged ", 11));
        assertEquals("about", Qualifiers.ageBefore("the age of victims is about ", 28));
        assertNull(Qualifiers.ageBefore("under the age of ", 17));
        assertNull(Qualifiers.ageBefore("whether she is ", 15));
    }
}
