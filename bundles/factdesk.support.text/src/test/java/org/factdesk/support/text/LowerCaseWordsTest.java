package org.factdesk.support.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
    private final LowerCaseWords words = LowerCaseWords.of("in", "last", "recent", "kin", "skin", "café");

    @Test
    void findsAStretchOfTextInAnyCase() {
        String text = "Seen IN Last year's Recent report";
        assertTrue(words.contains(text, 5, 7));
        assertTrue(words.contains(text, 8, 12));
        assertTrue(words.contains(text, 20, 26));
        assertFalse(words.contains(text, 0, 4));
        assertFalse(words.contains(text, 8, 11), "a prefix of a word is not the word");
        assertFalse(words.contains(text, 5, 8), "nor is the word with more after it");
    }

    @Test
    void returnsTheSetsOwnString() {
        String last = words.find("LAST", 0, 4);
        assertEquals("last", last);
        assertSame(last, words.find("Last", 0, 4));
        assertNull(words.find("Lost", 0, 4));
    }

    @Test
    void answersAsLowerCasingWouldForNonAsciiText() {
        // the Kelvin sign lower-cases to an ASCII k: an ASCII-only fold would miss it
        assertTrue(words.contains("\u212Ain"));
        assertTrue(words.contains("S\u212Ain"), "also after an ASCII first letter");
        // a dotted capital I lower-cases to two characters, i and a combining dot: not "in"
        assertEquals("i\u0307n", "\u0130N".toLowerCase(Locale.ROOT));
        assertFalse(words.contains("\u0130N"));
        assertTrue(words.contains("CAFÉ"));
        assertFalse(words.contains("CAFE"));
    }

    @Test
    void agreesWithLowerCasingEveryStretch() {
        Set<String> plain = Set.of("in", "last", "recent", "kin", "skin", "café");
        String text = "In LAST\u212Ain recent-Café \u0130n kIN, S\u212AIN inn? RECENT";
        for (int start = 0; start <= text.length(); start++) {
            for (int end = start; end <= text.length(); end++) {
                boolean expected = plain.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
                assertEquals(expected, words.contains(text, start, end), text.substring(start, end));
            }
        }
    }

    @Test
    void findsWordsOfEveryLengthAndTextThatLowerCasingLengthens() {
        String longWord = "pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);
        String dotted = "X\u0130".toLowerCase(Locale.ROOT); // three characters from two, the first ASCII
        LowerCaseWords set = LowerCaseWords.of(longWord, dotted, "i");
        assertEquals(3, dotted.length());
        assertTrue(set.contains(longWord.toUpperCase(Locale.ROOT)), "a word longer than 63 characters");
        assertFalse(set.contains(longWord.substring(1)));
        assertTrue(set.contains("X\u0130"), "two characters of text that lower-case to a word of three");
        assertTrue(set.contains("x\u0130"));
        assertTrue(set.contains("I"));
        assertFalse(set.contains("XI"));
    }

    @Test
    void aSecondLetterOutsideTheWordsIsNoMatchWhateverFollows() {
        assertFalse(words.contains("IS"));
        assertFalse(words.contains("Lo\u212Ast"));
        assertTrue(words.contains("LA\u0053T"));
        // a non-ASCII second character is lower-cased, not compared: the Kelvin sign is a k
        assertTrue(words.contains("S\u212AIN"));
        LowerCaseWords single = LowerCaseWords.of("a", "an", "ñu");
        assertTrue(single.contains("A"));
        assertTrue(single.contains("aN"));
        assertFalse(single.contains("Ab"));
        assertTrue(single.contains("ÑU"));
    }

    @Test
    void refusesWordsThatAreNotLowerCase() {
        assertThrows(IllegalArgumentException.class, () -> LowerCaseWords.of(List.of("In")));
    }
}
