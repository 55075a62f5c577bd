package org.factdesk.detector.phone.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The stretches of a text that can hold a full phone number, so that libphonenumber's matcher (the slowest part
 * of phone detection on digit-dense text) is only handed those. Running the matcher on each window, with offsets
 * shifted, finds exactly what it finds on the whole text. The reasoning follows the candidate pattern of
 * libphonenumber's {@code PhoneNumberMatcher} (leniency VALID); {@code NumberWindowsTest} pins that pattern, so a
 * libphonenumber upgrade that changes it fails the build until this class is checked again:
 *
 * <ol>
 *   <li>Every candidate the matcher looks at contains a decimal digit, and two consecutive digits of a candidate
 *       are separated by at most 4 characters of phone punctuation, by blanks only, or by an extension label
 *       ({@code ;ext=}, {@code ext.}, {@code extensión:}, {@code x}, {@code #}, {@code int} ...) with blanks around
 *       it. "Blanks" are the characters the extension patterns repeat without bound: space, no-break space, tab,
 *       comma, hyphen. A gap of any other shape cannot be bridged, so the text falls apart into <em>clusters</em>
 *       of digits that no candidate crosses, and the matcher's scan treats each cluster on its own.</li>
 *   <li>A valid number written with {@code +} has at least {@value #MIN_DIGITS} digits: a country code and the
 *       shortest national number of any region (Austria: +43 and 4 digits). Without {@code +}, region US reads it
 *       as a national number of country code 1, which is valid with 7 digits in Canada (its 310 numbers) and 10
 *       elsewhere, or after the international prefix 011 as at least 3 + 6 digits: at least
 *       {@value #MIN_DIGITS_WITHOUT_PLUS}. A {@code +} can only stand in a candidate's lead, before its first
 *       digit, as no gap with one in it can be bridged. Letters can stand for digits only inside a candidate, so
 *       a cluster's weight counts its digits, the letters in its gaps and the {@code x} characters just before
 *       it. Lighter clusters can hold no number and are skipped.</li>
 *   <li>A candidate starts at most 10 characters before its first digit and ends at most 1 after its last; the
 *       matcher also reads the character before a candidate and 3 after it. A window is its cluster with a
 *       margin of {@value #MARGIN} characters each side, which holds all of that; overlapping windows merge. What
 *       a margin takes in of a neighbouring light cluster is lighter still, so it adds no number.</li>
 * </ol>
 *
 * <p>Linear in the text length: one pass; a gap is matched against the labels only when it is one short word.
 * Before the first digit, and in a gap that can no longer be bridged, nothing but the next digit matters, so the
 * pass jumps to it ({@link #nextDigit}): prose between numbers costs one comparison per character.
 */
final class NumberWindows {
    /** The fewest digits (or letters standing for digits) of any valid full number. */
    static final int MIN_DIGITS = 6;
    /** The fewest of a valid number written without {@code +}: a Canadian 310 number. */
    static final int MIN_DIGITS_WITHOUT_PLUS = 7;
    /** Context kept around each cluster: more than the 11 characters before and 4 after that the matcher reads. */
    static final int MARGIN = 16;
    /** The longest gap between two digits that phone punctuation alone can bridge. */
    private static final int MAX_PUNCTUATION_GAP = 4;
    /** The longest extension label with its full stop or colon: "extensión:" with a combining accent. */
    private static final int MAX_LABEL = 11;
    /** How far before its first digit a candidate can start. */
    private static final int MAX_LEAD = 10;
    /** libphonenumber's phone punctuation (its VALID_PUNCTUATION, matched ignoring case, hence X). */
    private static final String PUNCTUATION = "-xX\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF0E\uFF0F"
            + " \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D.[]/~\u2053\u223C\uFF5E";
    /** The extension labels of libphonenumber's matching patterns, each with its optional full stop or colon. */
    private static final Pattern LABEL = Pattern.compile(";ext=|(?:e?xt(?:ensi(?:o\u0301?|\u00F3))?n?"
            + "|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo|[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)"
            + "[:.\uFF0E]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A window {@code [start, end)} of the text. */
    record Window(int start, int end) {
    }

    private NumberWindows() {
    }

    static List<Window> of(String text) {
        List<Window> windows = new ArrayList<>();
        int n = text.length();
        int clusterStart = -1; // first digit of the current cluster
        int clusterEnd = -1;   // after its last digit
        int weight = 0;
        boolean plus = false;  // a + in the lead of the cluster
        Gap gap = new Gap();
        int i = 0;
        while (i < n) {
            if (clusterStart < 0 || gap.cannotBeBridged()) {
                i = nextDigit(text, i);
                if (i < 0) {
                    break;
                }
            }
            char c = text.charAt(i);
            int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            int width = Character.charCount(cp);
            if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(cp)) {
                if (clusterStart >= 0 && gap.bridgeable(text)) {
                    weight += 1 + gap.letters;
                } else {
                    close(windows, clusterStart, clusterEnd, weight, plus, n);
                    clusterStart = i;
                    weight = 1 + leadingXs(text, i);
                    plus = leadingPlus(text, i);
                }
                clusterEnd = i + width;
                gap.clear();
            } else if (clusterStart >= 0) {
                gap.add(cp, i, width);
            }
            i += width;
        }
        close(windows, clusterStart, clusterEnd, weight, plus, n);
        return windows;
    }

    /** What lies between the last digit and the next: enough to tell whether a candidate can span it. */
    private static final class Gap {
        int length;
        boolean allPunctuation = true;
        boolean allBlank = true;
        int runs;
        int runStart;
        int runEnd;
        boolean inRun;
        int letters;

        void add(int cp, int at, int width) {
            length += width;
            // only a short gap can be bridged by punctuation alone, so only its characters need looking up
            if (allPunctuation && (length > MAX_PUNCTUATION_GAP || cp > 0xFFFF || PUNCTUATION.indexOf(cp) < 0)) {
                allPunctuation = false;
            }
            if (isBlank(cp)) {
                inRun = false;
                return;
            }
            allBlank = false;
            if (!inRun) {
                runs++;
                runStart = at;
                inRun = true;
            }
            runEnd = at + width;
            if (Character.isLetter(cp)) {
                letters++;
            }
        }

        /**
         * Whether no character to come can make this gap bridgeable: it is too long for punctuation alone, holds
         * more than blanks, and is more than one short word. Each of these stays true as the gap grows.
         */
        boolean cannotBeBridged() {
            return length > MAX_PUNCTUATION_GAP && !allBlank && (runs > 1 || runEnd - runStart > MAX_LABEL);
        }

        boolean bridgeable(String text) {
            return length <= MAX_PUNCTUATION_GAP && allPunctuation || allBlank
                    || runs == 1 && runEnd - runStart <= MAX_LABEL && canStartLabel(text.charAt(runStart))
                    && LABEL.matcher(text).region(runStart, runEnd).matches();
        }

        /** False for the ASCII characters no label begins with (labels begin with ; e x a i # ~ in any case). */
        private static boolean canStartLabel(char c) {
            if (c >= 0x80) {
                return true;
            }
            char lower = (char) (c | 0x20);
            return c == ';' || c == '#' || c == '~' || lower == 'e' || lower == 'x' || lower == 'a' || lower == 'i';
        }

        void clear() {
            length = 0;
            allPunctuation = true;
            allBlank = true;
            runs = 0;
            inRun = false;
            letters = 0;
        }
    }

    private static void close(List<Window> windows, int clusterStart, int clusterEnd, int weight, boolean plus,
                              int textLength) {
        if (clusterStart < 0 || weight < (plus ? MIN_DIGITS : MIN_DIGITS_WITHOUT_PLUS)) {
            return;
        }
        int start = Math.max(0, clusterStart - MARGIN);
        int end = Math.min(textLength, clusterEnd + MARGIN);
        int last = windows.size() - 1;
        if (last >= 0 && windows.get(last).end() >= start) {
            windows.set(last, new Window(windows.get(last).start(), end));
        } else {
            windows.add(new Window(start, end));
        }
    }

    /**
     * The first decimal digit at or after {@code from}, as the main loop reads digits, or -1. Stepping by char
     * rather than by code point finds the same digits: the only extra positions are low surrogates, and no
     * surrogate is a digit.
     */
    private static int nextDigit(String text, int from) {
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(Character.isHighSurrogate(c) ? text.codePointAt(i) : c)) {
                return i;
            }
        }
        return -1;
    }

    /** The characters the extension patterns repeat without bound. */
    private static boolean isBlank(int cp) {
        return cp == ' ' || cp == '\u00A0' || cp == '\t' || cp == ',' || cp == '-';
    }

    /** Whether a + (or a full-width one) stands in the lead a candidate may have before its first digit. */
    private static boolean leadingPlus(String text, int firstDigit) {
        for (int i = Math.max(0, firstDigit - MAX_LEAD); i < firstDigit; i++) {
            char c = text.charAt(i);
            if (c == '+' || c == '\uFF0B') {
                return true;
            }
        }
        return false;
    }

    /** The x characters (carrier code or alpha digits) in the lead a candidate may have before its first digit. */
    private static int leadingXs(String text, int firstDigit) {
        int count = 0;
        for (int i = Math.max(0, firstDigit - MAX_LEAD); i < firstDigit; i++) {
            char c = text.charAt(i);
            if (c == 'x' || c == 'X' || c == '\uFF58' || c == '\uFF38') {
                count++;
            }
        }
        return count;
    }
}
