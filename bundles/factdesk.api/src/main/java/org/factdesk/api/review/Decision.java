package org.factdesk.api.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One review decision, as recorded in the journal.
 *
 * @param flagId   the flag decided on
 * @param sequence the journal's sequence number of this decision (1 for the first decision on any flag)
 * @param verdict  the verdict
 * @param value    the corrected value for {@link Verdict#CORRECTED}, otherwise the empty string
 * @param evidence a source document and passage, or a URL with the date it was read; empty only for
 *                 {@link Verdict#NOT_A_CLAIM}
 * @param note     the reviewer's note, possibly empty
 * @param reviewer who decided
 * @param at       when
 */
public record Decision(String flagId, long sequence, Verdict verdict, String value, String evidence, String note,
                       String reviewer, Instant at) {
    public Decision {
        Objects.requireNonNull(flagId, "flagId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
    }
}
