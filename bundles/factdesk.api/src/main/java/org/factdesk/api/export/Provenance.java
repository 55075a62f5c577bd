package org.factdesk.api.export;

import java.util.Objects;

/**
 * Where a record comes from and who vouched for it. Empty strings for what is not known (an unreviewed record has
 * no verdict, evidence or reviewer).
 *
 * @param doc        source document path
 * @param quote      the text as the document gives it
 * @param start      offset of the quote in the document's extracted text
 * @param end        offset after it
 * @param status     the review status ({@code verified}, {@code corrected}, {@code open}, ...)
 * @param evidence   the evidence of the latest decision
 * @param reviewer   who decided
 * @param reviewedAt when (ISO instant)
 * @param verifiedAt the date it was last verified or corrected (ISO date)
 * @param recheckDue the date it must be checked again (ISO date), for phone numbers
 * @param note       the reviewer's note
 */
public record Provenance(String doc, String quote, int start, int end, String status, String evidence, String reviewer,
                         String reviewedAt, String verifiedAt, String recheckDue, String note) {
    public Provenance {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(status, "status");
        evidence = evidence == null ? "" : evidence;
        reviewer = reviewer == null ? "" : reviewer;
        reviewedAt = reviewedAt == null ? "" : reviewedAt;
        verifiedAt = verifiedAt == null ? "" : verifiedAt;
        recheckDue = recheckDue == null ? "" : recheckDue;
        note = note == null ? "" : note;
    }

    /** True when a person verified or corrected it: the only records exported by default. */
    public boolean verified() {
        return status.equals("verified") || status.equals("corrected");
    }
}
