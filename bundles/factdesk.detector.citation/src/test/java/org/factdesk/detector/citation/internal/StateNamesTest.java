package org.factdesk.detector.citation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StateNamesTest {
    private static Map<String, Integer> count(String text) {
        return StateNames.find(text).count(0, text.length());
    }

    @Test
    void countsNamesTwoWordNamesCapitalsAndCitationAbbreviations() {
        assertEquals(Map.of("MN", 3, "NY", 1, "WV", 1, "VA", 1),
                count("Minnesota, MINNESOTA and Minn. Stat.; New York; West Virginia; Virginia."));
    }

    @Test
    void ignoresPostalCodesLowerCaseWordsAndNameFragments() {
        assertEquals(Map.of(), count("SEX TRAFFICKING IN THE US: OR, ME, OK; georgia peaches; Arkansawyer; New Hope"));
    }

    @Test
    void theMostMentionedStateWinsAndTheFirstBreaksTies() {
        assertEquals("CT", StateNames.dominant(count("Texas. Connecticut. Connecticut.")));
        assertEquals("TX", StateNames.dominant(count("Texas. Connecticut.")));
        assertEquals("", StateNames.dominant(count("no state here")));
    }

    @Test
    void countsOnlyWithinTheWindow() {
        String text = "Wisconsin first, then Minnesota.";
        assertEquals(Map.of("MN", 1), StateNames.find(text).count(10, text.length()));
    }
}
