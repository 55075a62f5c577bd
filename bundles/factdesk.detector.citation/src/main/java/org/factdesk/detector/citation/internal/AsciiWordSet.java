package org.factdesk.detector.citation.internal;

import java.util.Set;

/**
 * A fixed set of lower-case ASCII words that looks up a word where it stands in a text, in any ASCII case, without
 * copying or lower-casing it. A scan that tests every word of a document against a set would otherwise allocate
 * two strings per word ({@code substring}, then {@code toLowerCase}) only to find, for almost every word, that it is
 * not a member.
 *
 * <p>Most words are rejected by their length, first and last letter alone (no member has all three).
 * The rest are looked up by open addressing over a table at most a quarter full, keyed by the hash
 * {@link String#hashCode} gives the lower-cased word: one pass over the word's letters and usually one comparison.
 */
final class AsciiWordSet {
    private final String[] table;
    private final int mask;
    private final int longest;
    /**
     * At {@code 26 * length + first letter}: the last letters of the members of that length and first letter, as
     * bits 0 ('a') to 25 ('z').
     */
    private final int[] lastLetters;

    AsciiWordSet(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(1, words.size()) * 4) * 2;
        table = new String[size];
        mask = size - 1;
        int longest = 0;
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("not a lower-case ASCII word: '" + w + "'");
            }
            int slot = w.hashCode() & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = w;
            longest = Math.max(longest, w.length());
        }
        this.longest = longest;
        lastLetters = new int[26 * (longest + 1)];
        for (String w : words) {
            lastLetters[26 * w.length() + index(w.charAt(0))] |= 1 << index(w.charAt(w.length() - 1));
        }
    }

    /** A letter's place in the alphabet, 0 to 25, in either case: an ASCII letter with bit 0x20 set is its lower case. */
    private static int index(char letter) {
        return (letter | 0x20) - 'a';
    }

    /**
     * The member that {@code text[start, end)} spells, ignoring ASCII case, or {@code null}. The range must hold ASCII
     * letters only: a letter's lower case is then the letter with bit 0x20 set.
     */
    String find(String text, int start, int end) {
        int length = end - start;
        if (length == 0 || length > longest
                || (lastLetters[26 * length + index(text.charAt(start))] & 1 << index(text.charAt(end - 1))) == 0) {
            return null;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + (text.charAt(i) | 0x20);
        }
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String w = table[slot];
            if (w.length() == length && spells(w, text, start)) {
                return w;
            }
        }
        return null;
    }

    private static boolean spells(String word, String text, int start) {
        for (int k = 0; k < word.length(); k++) {
            if ((text.charAt(start + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
