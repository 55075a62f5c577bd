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
    /** Characters that program code and markup are made of and prose rarely uses. */
    private static final String CODE_SYMBOLS = "{}[]<>=;_\\|*#@~^`";
    /** Of those, the ones prose never needs: footnotes use brackets and Markdown uses asterisks, not these. */
    private static final String STRUCTURAL_SYMBOLS = "{}<>=;|\\`";
    private static final boolean[] IS_CODE_SYMBOL = new boolean[128];

    static {
        for (char c : CODE_SYMBOLS.toCharArray()) {
            IS_CODE_SYMBOL[c] = true;
        }
    }

    static final int MIN_CODE_SYMBOLS = 4;
    /** Code when one visible character in this many (or more) is a code symbol. */
    private static final int CODE_SYMBOL_SHARE = 10;

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

    /**
     * True when the sentence reads as program code or markup rather than prose: at least {@link #MIN_CODE_SYMBOLS}
     * of the characters code is made of and prose rarely uses ({@code {}[]<>=;_\\|*#@~^} and the backtick, not
     * round brackets, which prose uses too), making up at least a tenth of its visible characters, and among them
     * one that only code uses ({@code {}<>=;|\\}, the backtick, an underscore inside a name, a run of asterisks):
     * footnote marks ("68%[3]") and Markdown emphasis ("**Over 40%**", "_minors_") alone do not make code. "if (ptr == NULL) { return -ENOMEM; }" is code; "Arrests rose 12%
     * (n=45) in 2023 (DHS)." is prose. A manual's code listing asserts nothing an editor could check, and the
     * claim model, trained on speech, scores it at random.
     */
    static boolean looksLikeCode(String text, int start, int end) {
        int symbols = 0;
        int structural = 0;
        int visible = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isCodeSymbol(c)) {
                symbols++;
                if (STRUCTURAL_SYMBOLS.indexOf(c) >= 0 || c == '_' && inIdentifier(text, i, start, end)
                        || c == '*' && i + 2 < end && text.charAt(i + 1) == '*' && text.charAt(i + 2) == '*') {
                    structural++;
                }
            }
            if (!Character.isWhitespace(c)) {
                visible++;
            }
        }
        return structural > 0 && symbols >= MIN_CODE_SYMBOLS && symbols * CODE_SYMBOL_SHARE >= visible;
    }

    /** Every code symbol is ASCII: a table look-up instead of a search of {@link #CODE_SYMBOLS} for each character. */
    private static boolean isCodeSymbol(char c) {
        return c < IS_CODE_SYMBOL.length && IS_CODE_SYMBOL[c];
    }

    /** An underscore between letters or digits ("in_anglvel", "dc_coef"): a name in code, not emphasis. */
    private static boolean inIdentifier(String text, int i, int start, int end) {
        int before = i - 1;
        while (before >= start && text.charAt(before) == '_') {
            before--;
        }
        int after = i + 1;
        while (after < end && text.charAt(after) == '_') {
            after++;
        }
        return before >= start && after < end && Character.isLetterOrDigit(text.charAt(before))
                && Character.isLetterOrDigit(text.charAt(after));
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
