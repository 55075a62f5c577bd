package org.factdesk.detector.citation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AsciiWordSetTest {
    private final AsciiWordSet words = new AsciiWordSet(Set.of("stat", "statutes", "minn", "s", "massachusetts"));

    @Test
    void findsAMemberWhereItStandsInAnyCase() {
        String text = "see MINN. Stat. and Statutes";
        assertEquals("minn", words.find(text, 4, 8));
        assertEquals("stat", words.find(text, 10, 14));
        assertEquals("statutes", words.find(text, 20, 28));
        assertSame(words.find(text, 10, 14), words.find("STAT", 0, 4));
    }

    @Test
    void aPrefixOrExtensionOfAMemberIsNotOne() {
        assertNull(words.find("statute", 0, 7));
        assertNull(words.find("sta", 0, 3));
        assertNull(words.find("stats", 0, 5));
        assertNull(words.find("massachusettsx", 0, 14));
        assertEquals("s", words.find("S", 0, 1));
        assertNull(words.find("t", 0, 1));
        // no member of four letters starts with w, none has two letters, none of four is s...s
        assertNull(words.find("Wisc", 0, 4));
        assertNull(words.find("sa", 0, 2));
        assertNull(words.find("sits", 0, 4));
        // the length, first and last letter of a member, but another word
        assertNull(words.find("Mown", 0, 4));
        assertNull(words.find("", 0, 0));
    }

    @Test
    void rejectsWordsItCouldNeverFind() {
        assertThrows(IllegalArgumentException.class, () -> new AsciiWordSet(Set.of("Minn")));
        assertThrows(IllegalArgumentException.class, () -> new AsciiWordSet(Set.of("u.s.c")));
    }
}
