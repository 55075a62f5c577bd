package org.factdesk.export.hsds.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.factdesk.api.export.Provenance;

/** The dates HSDS asks for, taken from a record's provenance only (never from a clock). */
final class ReviewDates {
    private ReviewDates() {
    }

    /**
     * The date of the latest decision: the verification date when the record is verified or corrected, else the
     * UTC date of {@code reviewedAt}; empty when neither is known or {@code reviewedAt} is not an ISO instant.
     */
    static String decisionDate(Provenance p) {
        if (p.verified() && !p.verifiedAt().isBlank()) {
            return p.verifiedAt().strip();
        }
        if (p.reviewedAt().isBlank()) {
            return "";
        }
        try {
            return Instant.parse(p.reviewedAt().strip()).atZone(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    /** The verification date, only for a verified or corrected record; else empty. */
    static String verifiedDate(Provenance p) {
        return p.verified() ? p.verifiedAt().strip() : "";
    }

    /** The later of two ISO dates, either possibly empty (ISO dates order as strings). */
    static String later(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
