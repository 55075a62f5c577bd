package org.factdesk.detector.statistic.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds every number in a text, in digits or in words, in one left-to-right pass. It only reads numbers; it
 * does not judge them (a phone number's digit groups and a year are numbers too).
 *
 * <p>Digits: a run of digits, with thousands grouping ({@code 1,000}) and a decimal part ({@code 2.5}), and an
 * optional scale word ({@code 1.5 million}). Runs longer than {@value #MAX_DIGITS} digits are not numbers a
 * page asserts (ids, hashes) and are skipped. Words: one to ninety-nine, "a dozen", "a hundred", "two hundred",
 * each with an optional scale word.
 */
final class NumberScanner {
    private static final int MAX_DIGITS = 15;
    private static final int MAX_GROUPS = 5;
    private static final int MAX_DECIMALS = 6;
    private static final int LONGEST_NUMBER_WORD = 9; // "seventeen"

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    private static final Map<String, Long> SCALES = Map.of(
            "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    /** The words a number in words can start with: "a" (dozen, hundred), "dozen", units and tens. */
    static final Set<String> FIRST_WORD_SET = firstWords();

    private NumberScanner() {
    }

    private static Set<String> firstWords() {
        Set<String> words = new HashSet<>(UNITS.keySet());
        words.addAll(TENS.keySet());
        words.add("a");
        words.add("dozen");
        return Set.copyOf(words);
    }

    static List<NumberToken> scan(String text) {
        return scan(text, WordIndex.of(text));
    }

    /**
     * The numbers of {@code text}, read at the digit runs and first words of its {@link WordIndex}: a number starts
     * only there, and a run or word inside the previous number is part of it, not a number of its own.
     */
    static List<NumberToken> scan(String text, WordIndex index) {
        List<NumberToken> out = new ArrayList<>();
        int consumed = 0;
        for (int k = 0; k < index.size(); k++) {
            int start = index.start(k);
            if (start < consumed) {
                continue;
            }
            String kind = index.kind(k);
            if (kind == WordIndex.DIGITS) {
                consumed = scanDigits(text, start, out);
            } else if (FIRST_WORD_SET.contains(kind)) {
                consumed = scanWord(text, start, index.end(k), kind, out);
            }
        }
        return out;
    }

    private static int scanDigits(String text, int start, List<NumberToken> out) {
        int n = text.length();
        int end = start;
        while (end < n && isDigit(text.charAt(end))) {
            end++;
        }
        if (end - start > MAX_DIGITS) {
            return end;
        }
        boolean plain = true;
        if (end - start <= 3) {
            for (int groups = 0; groups < MAX_GROUPS && isThousandsGroup(text, end); groups++) {
                end += 4;
                plain = false;
            }
        }
        if (end + 1 < n && text.charAt(end) == '.' && isDigit(text.charAt(end + 1))) {
            int k = end + 1;
            while (k < n && isDigit(text.charAt(k))) {
                k++;
            }
            if (k - end - 1 > MAX_DECIMALS) {
                return k;
            }
            end = k;
            plain = false;
        }
        BigDecimal value = new BigDecimal(text.substring(start, end).replace(",", ""));
        int scaled = scaleWordEnd(text, end);
        if (scaled > end) {
            value = value.multiply(BigDecimal.valueOf(SCALES.get(word(text, end + 1, scaled))));
            plain = false;
            end = scaled;
        }
        out.add(new NumberToken(start, end, value, false, plain));
        return end;
    }

    /** ",ddd" followed by a non-digit: a thousands group. */
    private static boolean isThousandsGroup(String text, int at) {
        int n = text.length();
        return at + 3 < n && text.charAt(at) == ',' && isDigit(text.charAt(at + 1)) && isDigit(text.charAt(at + 2))
                && isDigit(text.charAt(at + 3)) && (at + 4 == n || !isDigit(text.charAt(at + 4)));
    }

    /** A number in words at {@code [start, end)}, the word {@code first}, one of {@link #FIRST_WORD_SET}. */
    private static int scanWord(String text, int start, int end, String first, List<NumberToken> out) {
        int value;
        int numberEnd = end;
        if (first.equals("a")) {
            int next = nextWordStart(text, end);
            int nextEnd = next < 0 ? -1 : wordEnd(text, next);
            String second = next < 0 ? "" : word(text, next, nextEnd);
            if (second.equals("dozen")) {
                value = 12;
            } else if (second.equals("hundred")) {
                value = 100;
            } else {
                return end;
            }
            numberEnd = nextEnd;
        } else if (first.equals("dozen")) {
            value = 12;
        } else if (UNITS.containsKey(first)) {
            value = UNITS.get(first);
        } else if (TENS.containsKey(first)) {
            value = TENS.get(first);
            int unitStart = compoundUnitStart(text, end);
            if (unitStart > 0) {
                int unitEnd = wordEnd(text, unitStart);
                Integer unit = UNITS.get(word(text, unitStart, unitEnd));
                if (unit != null && unit < 10) {
                    value += unit;
                    numberEnd = unitEnd;
                }
            }
        } else {
            return end;
        }
        int hundred = nextWordStart(text, numberEnd);
        if (hundred > 0 && value < 100 && word(text, hundred, wordEnd(text, hundred)).equals("hundred")) {
            value *= 100;
            numberEnd = wordEnd(text, hundred);
        }
        BigDecimal total = BigDecimal.valueOf(value);
        int scaled = scaleWordEnd(text, numberEnd);
        if (scaled > numberEnd) {
            total = total.multiply(BigDecimal.valueOf(SCALES.get(word(text, numberEnd + 1, scaled))));
            numberEnd = scaled;
        }
        out.add(new NumberToken(start, numberEnd, total, true, false));
        return numberEnd;
    }

    /** "twenty-five", "twenty five": where the units word starts, or -1. */
    private static int compoundUnitStart(String text, int tensEnd) {
        if (tensEnd + 1 < text.length() && (text.charAt(tensEnd) == '-' || text.charAt(tensEnd) == ' ')
                && isLetter(text.charAt(tensEnd + 1))) {
            return tensEnd + 1;
        }
        return -1;
    }

    /** The end of " thousand", " million" or " billion" right after {@code at}, or {@code at} when none follows. */
    private static int scaleWordEnd(String text, int at) {
        int start = nextWordStart(text, at);
        if (start < 0 || text.charAt(at) != ' ' && text.charAt(at) != '-') {
            return at;
        }
        int end = wordEnd(text, start);
        return end - start <= 8 && SCALES.containsKey(word(text, start, end)) ? end : at;
    }

    /** The start of the word after one separating space, or -1. */
    private static int nextWordStart(String text, int at) {
        if (at + 1 < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '-') && isLetter(text.charAt(at + 1))) {
            return at + 1;
        }
        return -1;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String word(String text, int start, int end) {
        return end - start > LONGEST_NUMBER_WORD ? "" : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
