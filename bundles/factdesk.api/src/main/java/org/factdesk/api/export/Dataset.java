package org.factdesk.api.export;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reviewed dataset, already filtered by the export rules (by default only what a person verified or
 * corrected), in a stable order. Exporters only format it.
 *
 * @param resources  organizations and services with their phones, by name
 * @param claims     reviewed claims, by document and offset
 * @param documents  the source documents the records cite, by path
 * @param stateAsOf  the time of the latest review decision in the journal (ISO instant), or empty when none:
 *                   the export's only timestamp, so the same journal gives the same files
 */
public record Dataset(List<ResourceRecord> resources, List<ClaimRecord> claims, Map<String, DocumentInfo> documents,
                      String stateAsOf) {
    public Dataset {
        resources = List.copyOf(resources);
        claims = List.copyOf(claims);
        documents = Collections.unmodifiableMap(new TreeMap<>(documents));
        Objects.requireNonNull(stateAsOf, "stateAsOf");
    }
}
