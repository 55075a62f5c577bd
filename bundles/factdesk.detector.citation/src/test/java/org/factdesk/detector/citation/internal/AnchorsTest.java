package org.factdesk.detector.citation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AnchorsTest {
    private static List<String> numbers(String text, String anchor) {
        return new Anchors(text).matches(Pattern.compile("\\d+"), Set.of(anchor)).stream().map(MatchResult::group)
                .toList();
    }

    @Test
    void aShortNumberBeforeACapitalIsWhereATitledCodeCanStart() {
        String text = "In 2024, 18 Pa.C.S. and 17-A M.R.S. and 720\u00A0ILCS, not 1234 Okla, 12 units, 5  \n X, 7-a M, 9-AB";
        assertEquals(List.of("18", "17", "720"), numbers(text, Anchors.NUMBER_BEFORE_CAPITAL));
        assertEquals(List.of("2024", "18", "17", "720", "1234", "12", "5", "7", "9"), numbers(text, Anchors.NUMBER));
    }

    @Test
    void patternsOfCapitalNamesAreTriedAtCapitalizedAnchorsOnly() {
        Anchors anchors = new Anchors("or Oregon ORS 1.1, or ORS");
        Pattern ors = Pattern.compile("ORS|Or(?:egon)");
        assertEquals(List.of("Oregon", "ORS", "ORS"), anchors.matchesFromCapitals(ors, Set.of("ors", "or", "oregon"))
                .stream().map(MatchResult::group).toList());
        assertEquals(anchors.matches(ors, Set.of("ors", "or", "oregon")).stream().map(MatchResult::group).toList(),
                anchors.matchesFromCapitals(ors, Set.of("ors", "or", "oregon")).stream().map(MatchResult::group).toList());
    }
}
