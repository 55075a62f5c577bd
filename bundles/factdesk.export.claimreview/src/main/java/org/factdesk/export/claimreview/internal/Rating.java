package org.factdesk.export.claimreview.internal;

import org.factdesk.support.json.PrettyJson;
import org.factdesk.api.export.ClaimRecord;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Factdesk rating scale for {@code reviewRating}, read from the review status of the claim's provenance (never
 * from an old verdict label, so a claim that was verified and is now due for a re-check is not rated True):
 *
 * <table>
 *   <caption>status → rating</caption>
 *   <tr><th>status</th><th>ratingValue</th><th>alternateName</th></tr>
 *   <tr><td>verified</td><td>5</td><td>True</td></tr>
 *   <tr><td>corrected</td><td>3</td><td>Corrected: the right value is X (or "Corrected" without a value)</td></tr>
 *   <tr><td>disputed</td><td>1</td><td>Disputed</td></tr>
 *   <tr><td>unverifiable</td><td>none</td><td>Unverifiable</td></tr>
 *   <tr><td>not-a-claim</td><td>none</td><td>Not a checkable claim</td></tr>
 *   <tr><td>needs-recheck</td><td>none</td><td>Unverified: due for a re-check</td></tr>
 *   <tr><td>open, anything else</td><td>none</td><td>Unverified</td></tr>
 * </table>
 *
 * <p>The scale runs from {@code worstRating} 1 to {@code bestRating} 5. A corrected claim sits in the middle: its
 * subject holds but the value as published is wrong, and the right one is known. A disputed claim, which the evidence
 * contradicts, is at the bottom. Only rated claims carry {@code ratingValue}, {@code bestRating} and
 * {@code worstRating}: a number on a claim nobody could check would read as a verdict.
 */
final class Rating {
    static final int BEST = 5;
    static final int WORST = 1;
    static final int CORRECTED = 3;

    private Rating() {
    }

    static ObjectNode of(ClaimRecord claim) {
        ObjectNode rating = PrettyJson.object();
        rating.put("@type", "Rating");
        String status = claim.provenance().status();
        switch (status) {
            case "verified" -> rated(rating, BEST, "True");
            case "corrected" -> rated(rating, CORRECTED, claim.correctedValue().isBlank() ? "Corrected"
                    : "Corrected: the right value is " + claim.correctedValue().strip());
            case "disputed" -> rated(rating, WORST, "Disputed");
            case "unverifiable" -> rating.put("alternateName", "Unverifiable");
            case "not-a-claim" -> rating.put("alternateName", "Not a checkable claim");
            case "needs-recheck" -> rating.put("alternateName", "Unverified: due for a re-check");
            default -> rating.put("alternateName", "Unverified");
        }
        String evidence = claim.provenance().evidence().strip();
        if (!evidence.isEmpty()) {
            rating.put("ratingExplanation", "Evidence: " + evidence);
        }
        return rating;
    }

    private static void rated(ObjectNode rating, int value, String words) {
        rating.put("ratingValue", value);
        rating.put("bestRating", BEST);
        rating.put("worstRating", WORST);
        rating.put("alternateName", words);
    }
}
