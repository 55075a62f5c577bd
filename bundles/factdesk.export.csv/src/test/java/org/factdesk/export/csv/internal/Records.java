package org.factdesk.export.csv.internal;

import java.util.List;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.Provenance;
import org.factdesk.api.export.testing.SampleDatasets;

/**
 * The sample resources of {@link SampleDatasets}, and claims that carry the values a CSV writer must survive:
 * commas, ASCII and curly quotes, line breaks, a leading minus and a leading equals sign.
 */
final class Records extends SampleDatasets {
    private Records() {
    }

    static final String VERIFIED_CLAIM_ID = "11111111-2222-4333-8444-555555555501";
    static final String CORRECTED_CLAIM_ID = "11111111-2222-4333-8444-555555555502";
    static final String RECHECK_CLAIM_ID = "11111111-2222-4333-8444-555555555503";
    static final String FORMULA_CLAIM_ID = "11111111-2222-4333-8444-555555555504";

    static ClaimRecord verifiedClaim() {
        return new ClaimRecord(VERIFIED_CLAIM_ID, "flag-c1", "statistic", "85%", "verified", "",
                verified(WILLIMANTIC, "85% of trafficking victims statewide report being forced into prostitution",
                        "2026-11-19", "", "https://portal.ct.gov/dcf (read 2026-11-19)"));
    }

    static ClaimRecord correctedClaim() {
        Provenance p = new Provenance(ALBANY, "Albany shelters turned away 1,204 youths in 2024,\nthe \"worst\" year",
                700, 760, "corrected", "https://example.org/albany/report-2024.pdf (read 2026-11-22)", "editor-b",
                "2026-11-22T09:30:00Z", "2026-11-22", "", "");
        return new ClaimRecord(CORRECTED_CLAIM_ID, "flag-c2", "statistic", "1204", "corrected", "1,024", p);
    }

    /** Once corrected, now due again: neither the old date nor the old corrected value may show. */
    static ClaimRecord recheckClaim() {
        Provenance p = new Provenance(ALBANY, "a 3× rise since 2019", 800, 820, "needs-recheck",
                "doc:" + ALBANY + "#800-820", "editor-c", "2026-05-02T08:00:00Z", "2026-05-02", "2026-11-01", "");
        return new ClaimRecord(RECHECK_CLAIM_ID, "flag-c3", "statistic", "ratio:3", "corrected", "2×", p);
    }

    static ClaimRecord formulaClaim() {
        return new ClaimRecord(FORMULA_CLAIM_ID, "flag-c4", "statistic", "-12%", "", "",
                open(ALBANY, "=HYPERLINK(\"http://evil.example\",\"click\")"));
    }

    static ExportRequest everything() {
        return request(true, List.of(verifiedClaim(), correctedClaim(), recheckClaim(), formulaClaim()),
                generations(), hotline(), noFreeze(), prairie(), riverside());
    }
}
