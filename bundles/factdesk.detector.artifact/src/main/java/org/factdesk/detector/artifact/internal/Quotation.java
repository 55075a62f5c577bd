package org.factdesk.detector.artifact.internal;

/**
 * Tells whether an offset lies inside quotation marks. A person quoted in an article may well say "I am unable
 * to find work"; that is the person's speech, not a model's refusal.
 *
 * <p>Counts the double quotation marks between the start of the enclosing block and the offset: inside when a
 * typographic opening mark is still unclosed or an odd number of straight marks precedes it. Single quotes
 * are not counted because they are also apostrophes. The look-back is bounded so that a huge block with many
 * cue phrases costs linear time; a quotation longer than the bound is not recognized.
 */
final class Quotation {
    static final int MAX_LOOK_BACK = 800;

    private Quotation() {
    }

    static boolean isInside(CharSequence text, int blockStart, int offset) {
        int from = Math.max(blockStart, offset - MAX_LOOK_BACK);
        int open = 0;
        int straight = 0;
        for (int i = from; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '„') {
                open++;
            } else if (c == '”' && open > 0) {
                open--;
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }
}
