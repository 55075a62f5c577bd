package org.factdesk.review.journal.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.review.Decision;
import org.factdesk.api.review.ReviewStatus;
import org.factdesk.api.review.Verdict;

/**
 * Derives each flag's status from the decisions attached to it. The latest decision gives the status, unless
 * the claim's sentence changed since (then {@code needs-recheck}, with the old sentence as the reason) or, for a
 * phone number, its verification is older than the re-check period (then {@code needs-recheck} too: resource
 * directories re-verify every number once a year).
 */
final class StatusProjection {
    private StatusProjection() {
    }

    static List<Flag> apply(List<Flag> flags, Anchoring.Result anchored, LocalDate asOf, int recheckDays) {
        List<Flag> out = new ArrayList<>(flags.size());
        for (Flag f : flags) {
            List<Decision> history = anchored.byFlag().get(f.id());
            if (history == null || history.isEmpty()) {
                Map<String, String> a = new TreeMap<>(f.attributes());
                a.put("version", "0");
                out.add(with(f, ReviewStatus.OPEN, a));
                continue;
            }
            Decision latest = history.get(history.size() - 1);
            Map<String, String> a = new TreeMap<>(f.attributes());
            a.put("version", Long.toString(latest.sequence()));
            a.put("verdict", latest.verdict().label());
            a.put("evidence", latest.evidence());
            a.put("reviewer", latest.reviewer());
            a.put("reviewed_at", latest.at().toString());
            if (!latest.note().isEmpty()) {
                a.put("note", latest.note());
            }
            if (latest.verdict() == Verdict.CORRECTED) {
                a.put("corrected_value", latest.value());
            }
            String status = latest.verdict().label();
            boolean confirmed = latest.verdict() == Verdict.VERIFIED || latest.verdict() == Verdict.CORRECTED;
            if (confirmed) {
                LocalDate verifiedOn = latest.at().atZone(ZoneOffset.UTC).toLocalDate();
                a.put("verified_at", verifiedOn.toString());
                if (f.type().equals(FlagTypes.PHONE)) {
                    LocalDate due = verifiedOn.plusDays(recheckDays);
                    a.put("recheck_due", due.toString());
                    if (!asOf.isBefore(due)) {
                        status = ReviewStatus.NEEDS_RECHECK;
                        a.put("recheck_reason", "verification expired on " + due + " (re-check every " + recheckDays + " days)");
                    }
                }
            }
            if (!latest.context().equals(f.context())) {
                status = ReviewStatus.NEEDS_RECHECK;
                a.put("recheck_reason", "the sentence changed since the decision; it was: " + latest.context());
            }
            out.add(with(f, status, a));
        }
        return out;
    }

    private static Flag with(Flag f, String status, Map<String, String> attributes) {
        return new Flag(f.id(), f.doc(), f.type(), f.start(), f.end(), f.text(), f.normalized(), f.context(), status,
                f.priority(), attributes);
    }
}
