package org.factdesk.detector.statistic.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.factdesk.support.text.LowerCaseWords;

/**
 * The places of a text where a statistic scanner can act, found in one pass: the start of every run of digits, every
 * "(", and every word (a run of ASCII letters) that starts a number in words ({@link NumberScanner}), a statistic
 * without a number ({@link WordStatistics}) or a source cue ({@link SourceCues}). The three scanners used to read
 * every word of the text each; now they read these entries.
 *
 * <p>Nothing can be lost: each scanner walked the text from one word or digit run to the next and did nothing at a
 * word outside its own first words but step over it, and it never started inside a word or a digit run (each of
 * its matches ends at a word's end, after a digit run, or on punctuation). So visiting only the entries listed
 * here, in order, skipping those inside the scanner's previous match, is what its own walk did. A word is recorded
 * as the lower-case member of {@link #FIRST_WORDS} it is, which each scanner compares with its own set.
 */
final class WordIndex {
    /** An entry that is the start of a run of digits. */
    static final String DIGITS = "0";
    /** An entry that is an opening parenthesis. */
    static final String PARENTHESIS = "(";

    private static final Set<String> FIRST_WORD_SET = union();
    private static final LowerCaseWords FIRST_WORDS = LowerCaseWords.of(FIRST_WORD_SET);
    private static final int LONGEST_WORD = FIRST_WORD_SET.stream().mapToInt(String::length).max().orElse(0);

    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] kinds = new String[32];
    private int size;

    private WordIndex() {
    }

    /** The entries of {@code text}. */
    static WordIndex of(String text) {
        return scan(text, false);
    }

    /** Every word of {@code text}, lower-cased, whether or not it starts anything: tests compare it with {@link #of}. */
    static WordIndex everyWord(String text) {
        return scan(text, true);
    }

    private static WordIndex scan(String text, boolean everyWord) {
        WordIndex index = new WordIndex();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (NumberScanner.isLetter(c)) {
                int end = i + 1;
                while (end < n && NumberScanner.isLetter(text.charAt(end))) {
                    end++;
                }
                String word = everyWord ? text.substring(i, end).toLowerCase(Locale.ROOT)
                        : end - i <= LONGEST_WORD ? FIRST_WORDS.find(text, i, end) : null;
                if (word != null) {
                    index.add(i, end, word);
                }
                i = end;
            } else if (NumberScanner.isDigit(c)) {
                int end = i + 1;
                while (end < n && NumberScanner.isDigit(text.charAt(end))) {
                    end++;
                }
                index.add(i, end, DIGITS);
                i = end;
            } else {
                if (c == '(') {
                    index.add(i, i + 1, PARENTHESIS);
                }
                i++;
            }
        }
        return index;
    }

    private void add(int start, int end, String kind) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        size++;
    }

    int size() {
        return size;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    /** {@link #DIGITS}, {@link #PARENTHESIS}, or the lower-case word (compare words with {@code equals}). */
    String kind(int k) {
        return kinds[k];
    }

    private static Set<String> union() {
        Set<String> all = new HashSet<>(NumberScanner.FIRST_WORD_SET);
        all.addAll(WordStatistics.FIRST_WORD_SET);
        all.addAll(SourceCues.FIRST_WORD_SET);
        return Set.copyOf(all);
    }
}
