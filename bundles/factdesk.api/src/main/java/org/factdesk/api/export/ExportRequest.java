package org.factdesk.api.export;

import java.util.Objects;

/**
 * What an exporter gets.
 *
 * @param dataset           the records to write
 * @param includeUnverified whether {@code dataset} also holds records nobody verified; exporters then mark each
 *                          record's status (see {@link Provenance#verified()})
 * @param publisher         the organization doing the review (ClaimReview's author), e.g. "Factdesk"
 */
public record ExportRequest(Dataset dataset, boolean includeUnverified, String publisher) {
    public ExportRequest {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(publisher, "publisher");
    }
}
