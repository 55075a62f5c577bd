package org.factdesk.api.export;

import java.util.Objects;

/**
 * A reviewed claim: a statistic, citation, attribution or checkable sentence and the verdict on it.
 *
 * @param id             a stable UUID
 * @param flagId         the flag it comes from
 * @param type           the flag type
 * @param normalized     the detector's normalized value
 * @param verdict        the verdict's label, or empty when unreviewed
 * @param correctedValue for a corrected claim, the correct value; else empty
 * @param provenance     where it comes from and who vouched for it
 */
public record ClaimRecord(String id, String flagId, String type, String normalized, String verdict, String correctedValue,
                          Provenance provenance) {
    public ClaimRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flagId, "flagId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(normalized, "normalized");
        verdict = verdict == null ? "" : verdict;
        correctedValue = correctedValue == null ? "" : correctedValue;
        Objects.requireNonNull(provenance, "provenance");
    }
}
