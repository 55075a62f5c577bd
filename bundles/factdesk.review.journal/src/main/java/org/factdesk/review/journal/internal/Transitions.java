package org.factdesk.review.journal.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.factdesk.api.review.ReviewStatus;
import org.factdesk.api.review.Verdict;

/**
 * Which verdict may follow which status. A flag that is open or due for a re-check takes any verdict. A reviewed
 * claim can be re-verified, corrected, disputed or found unverifiable, but not waved away as "not a claim": that
 * would silently drop a decision that had evidence. A flag set aside as not-a-claim can be taken up again with
 * any evidenced verdict.
 */
final class Transitions {
    private static final Set<Verdict> EVIDENCED = EnumSet.complementOf(EnumSet.of(Verdict.NOT_A_CLAIM));

    private Transitions() {
    }

    static Set<Verdict> allowedFrom(String status) {
        if (status.equals(ReviewStatus.OPEN) || status.equals(ReviewStatus.NEEDS_RECHECK)) {
            return EnumSet.allOf(Verdict.class);
        }
        return EVIDENCED;
    }

    /** @return null when allowed, else the message that refuses it */
    static String refusal(String status, Verdict verdict) {
        Set<Verdict> allowed = allowedFrom(status);
        if (allowed.contains(verdict)) {
            return null;
        }
        return "a flag that is '" + status + "' cannot become '" + verdict.label() + "'; allowed: "
                + allowed.stream().map(Verdict::label).collect(Collectors.joining(", "));
    }
}
