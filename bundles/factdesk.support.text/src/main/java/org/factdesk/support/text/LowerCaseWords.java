package org.factdesk.support.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fixed set of lower-case words that tells whether a stretch of text is one of them once lower-cased, without
 * creating the lower-cased string.
 *
 * <p>Detectors look up every word of a page, and almost no word is in the set; cutting each word out and
 * lower-casing it costs two strings per word. Here the words are kept by their first character. A stretch that
 * starts with an ASCII character can only be a word that starts with that character folded to lower case
 * ({@link String#toLowerCase(Locale)} lower-cases an ASCII character on its own, whatever stands around it), and
 * its second character, when ASCII too, must be a second character of one of those words; so most stretches are
 * answered by two look-ups, without reading the rest of the word. An ASCII stretch is then compared in place,
 * {@code A-Z} folded to {@code a-z}. A stretch holding any other character is cut out and lower-cased as before, because Unicode
 * lower-casing is not a character-by-character fold: the Kelvin sign lower-cases to {@code k}, and {@code İ} to
 * two characters. So the answer is always exactly
 * {@code words.contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT))}.
 */
public final class LowerCaseWords {
    private static final int ASCII = 128;

    private final Set<String> words;
    /** The words by their first character when it is ASCII; {@link #find} returns the set's own string. */
    private final String[][] byAsciiFirst = new String[ASCII][];
    /** Per ASCII first character, a bit for every ASCII character that follows it in a word: two longs each. */
    private final long[] asciiSeconds = new long[2 * ASCII];
    /**
     * Per ASCII first character, a bit for each length of text that can lower-case to a word starting with it
     * (bit 63 for 63 and longer): most words of a page fail this test before a character of theirs is compared.
     * An ASCII word is reached only from text of its own length; a word with other characters also from shorter
     * text, as lower-casing may lengthen it ("İ" becomes "i̇").
     */
    private final long[] lengthsByAsciiFirst = new long[ASCII];

    private LowerCaseWords(Set<String> words) {
        this.words = words;
        List<List<String>> buckets = new ArrayList<>(ASCII);
        for (int c = 0; c < ASCII; c++) {
            buckets.add(new ArrayList<>());
        }
        for (String w : words) {
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not lower case: " + w);
            }
            if (!w.isEmpty() && w.charAt(0) < ASCII) {
                buckets.get(w.charAt(0)).add(w);
                lengthsByAsciiFirst[w.charAt(0)] |= isAscii(w, 0, w.length())
                        ? lengthBit(w.length()) : lengthBit(w.length()) | lengthBit(w.length()) - 1;
                if (w.length() > 1 && w.charAt(1) < ASCII) {
                    asciiSeconds[2 * w.charAt(0) + (w.charAt(1) >> 6)] |= 1L << w.charAt(1);
                }
            }
        }
        for (int c = 0; c < ASCII; c++) {
            byAsciiFirst[c] = buckets.get(c).toArray(String[]::new);
        }
    }

    /** The set of {@code words}, which must be lower case. */
    public static LowerCaseWords of(Collection<String> words) {
        return new LowerCaseWords(Set.copyOf(words));
    }

    /** The set of {@code words}, which must be lower case and distinct. */
    public static LowerCaseWords of(String... words) {
        return new LowerCaseWords(Set.of(words));
    }

    /** True when {@code text[start, end)}, lower-cased, is one of the words. */
    public boolean contains(CharSequence text, int start, int end) {
        return find(text, start, end) != null;
    }

    /** True when {@code word}, lower-cased, is one of the words. */
    public boolean contains(CharSequence word) {
        return find(word, 0, word.length()) != null;
    }

    /** The word that {@code text[start, end)} is once lower-cased, or null when it is none of them. */
    public String find(CharSequence text, int start, int end) {
        if (start >= end) {
            return words.contains("") ? "" : null;
        }
        char first = text.charAt(start);
        if (first >= ASCII) {
            return lowerCasedIn(text, start, end);
        }
        char folded = fold(first);
        if ((lengthsByAsciiFirst[folded] & lengthBit(end - start)) == 0
                || end - start > 1 && cannotFollow(folded, text.charAt(start + 1))) {
            return null;
        }
        if (!isAscii(text, start + 1, end)) {
            return lowerCasedIn(text, start, end);
        }
        for (String w : byAsciiFirst[folded]) {
            if (w.length() == end - start && equalsFolded(w, text, start)) {
                return w;
            }
        }
        return null;
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    /** True when {@code second} is ASCII and no word starts with {@code first} followed by it in lower case. */
    private boolean cannotFollow(char first, char second) {
        if (second >= ASCII) {
            return false;
        }
        char lower = fold(second);
        return (asciiSeconds[2 * first + (lower >> 6)] & 1L << lower) == 0;
    }

    private String lowerCasedIn(CharSequence text, int start, int end) {
        String lower = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        return words.contains(lower) ? lower : null;
    }

    private static boolean equalsFolded(String word, CharSequence text, int start) {
        for (int k = 1; k < word.length(); k++) {
            if (word.charAt(k) != fold(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return AsciiChars.toLowerCase(c);
    }

    private static boolean isAscii(CharSequence s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (s.charAt(k) >= ASCII) {
                return false;
            }
        }
        return true;
    }
}
