package org.factdesk.detector.boilerplate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.detector.boilerplate.internal.FoldedText.Needle;
import org.junit.jupiter.api.Test;

class FoldedTextTest {
    @Test
    void foldsAsTheCaseInsensitivePatternsCompare() {
        assertEquals("leave a reply", FoldedText.of("Leave a REPLY").text());
        // characters outside ASCII whose upper case is an ASCII letter fold to that letter: long s, Kelvin sign
        assertEquals("share this kit", FoldedText.of("\u017Fhare thi\u017F \u212Ait").text());
        assertEquals("© 2021 é", FoldedText.of("© 2021 É").text());
        String lower = "already folded";
        assertSame(lower, FoldedText.of(lower).text());
        assertTrue(FoldedText.of("Contact Us |").isAscii());
        assertFalse(FoldedText.of("» Contact Us").isAscii());
        assertFalse(FoldedText.of("\u017Fhare").isAscii());
    }

    @Test
    void findsANeedleInAnyCaseAndInFoldedCharacters() {
        assertTrue(FoldedText.of("No Comments Yet").contains(Needle.of("comments")));
        assertTrue(FoldedText.of("\u017Fhare this").contains(Needle.of("share this")));
        assertTrue(FoldedText.of("Copyright © 2021").contains(Needle.of("©")));
        assertTrue(FoldedText.of("(C) 2019 Hennepin County").contains(Needle.of("(c)")));
    }

    @Test
    void aTextLackingOneOfTheNeedlesCharactersDoesNotContainIt() {
        assertFalse(FoldedText.of("Contact us").contains(Needle.of("comment")));
        // every character present, but not in that order: the search decides
        assertFalse(FoldedText.of("Tnemmoc").contains(Needle.of("comment")));
        // digits may share a bit with letters: that lets the search run, which then finds nothing
        assertFalse(FoldedText.of("0123456789 ").contains(Needle.of("pqrs")));
    }
}
