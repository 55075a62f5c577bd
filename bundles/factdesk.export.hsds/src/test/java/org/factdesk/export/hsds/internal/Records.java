package org.factdesk.export.hsds.internal;

import java.util.List;

import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.ResourceRecord;
import org.factdesk.api.export.testing.SampleDatasets;

/** The sample resources of {@link SampleDatasets}, exported without claims (HSDS has no place for them). */
final class Records extends SampleDatasets {
    private Records() {
    }

    static ExportRequest request(boolean includeUnverified, ResourceRecord... resources) {
        return request(includeUnverified, List.of(), resources);
    }

    static ExportRequest everything() {
        return everyResource();
    }
}
