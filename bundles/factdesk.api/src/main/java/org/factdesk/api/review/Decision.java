package org.factdesk.api.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One review decision, as recorded in the journal. Besides the verdict it keeps the flag's anchor (document,
 * type, quote and sentence) so the decision can be re-attached to its claim after the document changes.
 *
 * @param flagId   the flag decided on
 * @param sequence the journal's sequence number of this decision; the flag's version after it
 * @param verdict  the verdict
 * @param value    the corrected value for {@link Verdict#CORRECTED}, otherwise the empty string
 * @param evidence a source document passage ({@code doc:PATH#START-END}) or a URL with the date it was read
 *                 ({@code https://... (read 2026-11-20)}); empty only for {@link Verdict#NOT_A_CLAIM}
 * @param note     the reviewer's note, possibly empty
 * @param reviewer who decided
 * @param at       when
 * @param doc      the flag's document
 * @param type     the flag's type
 * @param quote    the flag's surface text
 * @param context  the flag's sentence when the decision was made
 */
public record Decision(String flagId, long sequence, Verdict verdict, String value, String evidence, String note,
                       String reviewer, Instant at, String doc, String type, String quote, String context) {
    public Decision {
        Objects.requireNonNull(flagId, "flagId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(context, "context");
    }

    /** A copy with the sequence number the journal gave it. */
    public Decision withSequence(long newSequence) {
        return new Decision(flagId, newSequence, verdict, value, evidence, note, reviewer, at, doc, type, quote, context);
    }
}
