package org.factdesk.export.csv.internal;

import java.util.List;
import java.util.Map;

import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.Provenance;

/**
 * The provenance columns every file shares, in this order: {@code status} (always filled: verified and corrected are
 * the only statuses a person vouches for), {@code verified_date} and {@code recheck_due} (filled only when the record
 * is verified or corrected, so an old date on a reopened record never reads as a verification), {@code reviewer},
 * {@code reviewed_at} (ISO instant), {@code evidence}, {@code source_document} (corpus path),
 * {@code source_title}, {@code source_url} (empty when the manifest has none) and {@code quote}.
 * Reviewers' notes are internal and not exported.
 */
final class ProvenanceColumns {
    private ProvenanceColumns() {
    }

    static List<Column<Provenance>> of(Map<String, DocumentInfo> documents) {
        return List.of(
                new Column<>("status", Provenance::status),
                new Column<>("verified_date", p -> p.verified() ? p.verifiedAt() : ""),
                new Column<>("recheck_due", p -> p.verified() ? p.recheckDue() : ""),
                new Column<>("reviewer", Provenance::reviewer),
                new Column<>("reviewed_at", Provenance::reviewedAt),
                new Column<>("evidence", Provenance::evidence),
                new Column<>("source_document", Provenance::doc),
                new Column<>("source_title", p -> document(documents, p).title()),
                new Column<>("source_url", p -> document(documents, p).url()),
                new Column<>("quote", Provenance::quote));
    }

    private static DocumentInfo document(Map<String, DocumentInfo> documents, Provenance p) {
        DocumentInfo info = documents.get(p.doc());
        return info != null ? info : new DocumentInfo(p.doc(), "", "", "", "", "");
    }
}
