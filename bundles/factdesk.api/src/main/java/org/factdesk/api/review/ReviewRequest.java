package org.factdesk.api.review;

import java.util.Objects;

/**
 * A reviewer's decision as asked for, before the journal accepts it.
 *
 * @param flagId          the flag
 * @param expectedVersion the flag's version the reviewer saw ({@code version} in {@code show}); -1 to take the
 *                        current one (for a single editor at a terminal)
 * @param verdict         the verdict
 * @param value           the corrected value, required for {@link Verdict#CORRECTED}
 * @param evidence        required unless the verdict is {@link Verdict#NOT_A_CLAIM}
 * @param note            may be empty
 * @param reviewer        who decides; required
 */
public record ReviewRequest(String flagId, long expectedVersion, Verdict verdict, String value, String evidence,
                            String note, String reviewer) {
    public ReviewRequest {
        Objects.requireNonNull(flagId, "flagId");
        Objects.requireNonNull(verdict, "verdict");
        value = value == null ? "" : value.strip();
        evidence = evidence == null ? "" : evidence.strip();
        note = note == null ? "" : note.strip();
        reviewer = reviewer == null ? "" : reviewer.strip();
    }
}
