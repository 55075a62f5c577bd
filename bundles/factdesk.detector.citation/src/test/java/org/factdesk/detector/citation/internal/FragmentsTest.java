package org.factdesk.detector.citation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FragmentsTest {
    @Test
    void shortRangeEndsTakeTheChapterOfTheirStart() {
        assertEquals("609.324", Fragments.completeRangeEnd("609.321", "324", '.'));
        assertEquals("609.324", Fragments.completeRangeEnd("609.321", "609.324", '.'));
        assertEquals("53a-89", Fragments.completeRangeEnd("53a-82", "89", '-'));
    }

    @Test
    void rangesMustAscend() {
        assertTrue(Fragments.ascending("609.321", "609.324"));
        assertTrue(Fragments.ascending("609.321", "617.246"));
        assertTrue(Fragments.ascending("1589", "1594"));
        assertFalse(Fragments.ascending("609.324", "609.321"));
        assertFalse(Fragments.ascending("888", "373"));
    }

    @Test
    void namesBeginWithACapitalOnlyWhenEveryAlternativeDoes() {
        assertTrue(Fragments.beginsWithCapital("ORS|Or(?:egon|\\.) Rev(?:ised|\\.) Stat(?:utes|\\.)"));
        assertTrue(Fragments.beginsWithCapital("W\\.(?: )?Va\\. Code(?: Ann\\.)?|West Virginia Code"));
        assertTrue(Fragments.beginsWithCapital("MCLA?|M\\.C\\.L\\.(?:A\\.)?"));
        assertFalse(Fragments.beginsWithCapital("ORS|or(?:egon)"));
        assertFalse(Fragments.beginsWithCapital("(?:Okla|Oklahoma) Stat\\."));
        assertFalse(Fragments.beginsWithCapital("R?SA"), "an optional capital");
        assertFalse(Fragments.beginsWithCapital("RSA|[Rr]ev"));
        assertFalse(Fragments.beginsWithCapital("RSA|"), "an empty alternative");
        assertFalse(Fragments.beginsWithCapital(""));
    }

    @Test
    void sectionsUseTheDoubleSignAndAnEnDashForRanges() {
        assertEquals("§ 53a-82", Fragments.sections("53a-82", null));
        assertEquals("§§ 609.321–609.324", Fragments.sections("609.321", "609.324"));
    }
}
