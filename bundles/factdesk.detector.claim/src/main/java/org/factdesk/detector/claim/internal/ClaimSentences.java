package org.factdesk.detector.claim.internal;

/**
 * The text rules of the claim detector, apart from the model: which sentences are too short or are questions,
 * and how a claim's text is normalized. Each method reads a sentence once (or only its start or end), so the
 * cost is linear in the sentence.
 */
final class ClaimSentences {
    /** Fewer words than this is a fragment ("Signs to note:"), not a claim. */
    static final int MIN_WORDS = 4;
    /** Normalized text is cut to this many characters: enough to recognize the claim in a list of flags. */
    static final int MAX_NORMALIZED_LENGTH = 300;

    private ClaimSentences() {
    }

    /**
     * True when {@code text[start, end)} has at least {@link #MIN_WORDS} words: runs of letters and digits, where
     * an apostrophe, comma or period between two of them joins rather than separates ("don't", "3,000", "2.5").
     */
    static boolean hasEnoughWords(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end && words < MIN_WORDS; i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c)
                    || inWord && isJoiner(c) && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words >= MIN_WORDS;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == ',' || c == '.';
    }

    /** True when the sentence ends with a question mark, possibly followed by closing quotes or brackets. */
    static boolean isQuestion(String text, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (c == '?' || c == '\uff1f') {
                return true;
            }
            if (!(Character.isWhitespace(c) || c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d'
                    || c == '\u2019' || c == '\u00bb')) {
                return false;
            }
        }
        return false;
    }

    /**
     * The sentence with each run of white space replaced by one space, trimmed, and cut to
     * {@link #MAX_NORMALIZED_LENGTH} characters (never between the two halves of a surrogate pair).
     */
    static String normalize(String text, int start, int end) {
        StringBuilder out = new StringBuilder(Math.min(end - start, MAX_NORMALIZED_LENGTH));
        boolean pendingSpace = false;
        for (int i = start; i < end && out.length() < MAX_NORMALIZED_LENGTH; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
                if (out.length() == MAX_NORMALIZED_LENGTH) {
                    break;
                }
            }
            out.append(c);
        }
        int length = out.length();
        if (length > 0 && Character.isHighSurrogate(out.charAt(length - 1))) {
            out.setLength(length - 1);
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
