package org.factdesk.export.claimreview.internal;

import java.util.Locale;

import org.factdesk.api.export.ClaimRecord;

/**
 * The {@code claimReviewed} text: the claim as the document gives it (its quote), whitespace collapsed, cut at a
 * word boundary to at most {@value #MAX_LENGTH} characters with an ellipsis. A quote of one or two words
 * ({@code "§53a-82"}) means little alone, so the detector's normalized value follows in parentheses when it says
 * something the quote does not ({@code "§53a-82 (Conn. Gen. Stat. § 53a-82)"}). An empty quote gives the normalized
 * value.
 */
final class ClaimText {
    static final int MAX_LENGTH = 300;
    private static final int SHORT_QUOTE_WORDS = 2;

    private ClaimText() {
    }

    static String of(ClaimRecord claim) {
        String quote = collapse(claim.provenance().quote());
        String normalized = collapse(claim.normalized());
        if (quote.isEmpty()) {
            return shorten(normalized);
        }
        if (quote.split(" ").length <= SHORT_QUOTE_WORDS && !normalized.isEmpty() && !sameText(quote, normalized)) {
            return shorten(quote + " (" + normalized + ")");
        }
        return shorten(quote);
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static boolean sameText(String a, String b) {
        return a.replace(" ", "").toLowerCase(Locale.ROOT).equals(b.replace(" ", "").toLowerCase(Locale.ROOT));
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        if (cut <= 0) {
            cut = MAX_LENGTH - 1;
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
