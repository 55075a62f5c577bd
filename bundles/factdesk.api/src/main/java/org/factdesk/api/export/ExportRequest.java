package org.factdesk.api.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.review.Decision;

/**
 * What an exporter gets: every flag with its current status, and the decisions behind them.
 *
 * @param flags              all flags, in a stable order
 * @param decisions          all review decisions, in journal order
 * @param includeUnverified  whether items not verified or corrected are to be exported too (each marked)
 * @param asOf               the date of the export, for re-check dates
 */
public record ExportRequest(List<Flag> flags, List<Decision> decisions, boolean includeUnverified, LocalDate asOf) {
    public ExportRequest {
        flags = List.copyOf(flags);
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(asOf, "asOf");
    }
}
