package org.factdesk.export.claimreview.internal;

import java.util.List;
import java.util.Map;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.Provenance;

/**
 * Test claims: quotes from the Willimantic seed page (no URL, no date) and the Minneapolis press release (primary,
 * dated), plus sentences written for these tests about Austin, TX, in one state of review each. The verdicts are
 * test data, not findings.
 */
final class Claims {
    static final String WILLIMANTIC = "seed/001_927abdd348d19e06.txt";
    static final String MINNEAPOLIS = "seed/003_89172be8a9d527d6.txt";
    static final String AUSTIN = "dev/07_austin_faq.html";

    static final String VERIFIED_ID = "11111111-2222-4333-8444-555555555501";
    static final String CORRECTED_ID = "11111111-2222-4333-8444-555555555502";
    static final String DISPUTED_ID = "11111111-2222-4333-8444-555555555503";
    static final String UNVERIFIABLE_ID = "11111111-2222-4333-8444-555555555504";
    static final String OPEN_ID = "11111111-2222-4333-8444-555555555505";
    static final String RECHECK_ID = "11111111-2222-4333-8444-555555555506";
    static final String NOT_A_CLAIM_ID = "11111111-2222-4333-8444-555555555507";
    static final String CITATION_ID = "11111111-2222-4333-8444-555555555508";

    private Claims() {
    }

    static Provenance decided(String doc, String quote, String status, String evidence, String verifiedAt) {
        return new Provenance(doc, quote, 100, 100 + quote.length(), status, evidence, "editor-a",
                "2026-11-20T23:30:00Z", verifiedAt, "", "internal note: second source pending");
    }

    static ClaimRecord verified() {
        return new ClaimRecord(VERIFIED_ID, "flag-1", "statistic", "19", "verified", "",
                decided(MINNEAPOLIS, "Since February 2011, 19 defendants have been charged", "verified",
                        "doc:" + MINNEAPOLIS + "#400-452", "2026-11-19"));
    }

    static ClaimRecord corrected() {
        return new ClaimRecord(CORRECTED_ID, "flag-2", "statistic", "412", "corrected", "214",
                decided(AUSTIN, "Austin police made 412 prostitution arrests in 2019", "corrected",
                        "https://data.example.org/austin/arrests-2019.csv (read 2026-11-18)", "2026-11-18"));
    }

    static ClaimRecord disputed() {
        return new ClaimRecord(DISPUTED_ID, "flag-3", "statistic", "62%", "disputed", "",
                decided(WILLIMANTIC, "Police data shows 62% of street robberies occur in prostitution corridors",
                        "disputed", "https://example.org/windham-pd/annual-report (read 2026-11-17)", ""));
    }

    static ClaimRecord unverifiable() {
        return new ClaimRecord(UNVERIFIABLE_ID, "flag-4", "attribution", "12%", "unverifiable", "",
                decided(WILLIMANTIC, "HIV prevalence among local sex workers is 12% according to Windham Hospital "
                        + "outreach data", "unverifiable", "https://example.org/windham-hospital (read 2026-11-16)",
                        ""));
    }

    static ClaimRecord open() {
        return new ClaimRecord(OPEN_ID, "flag-5", "statistic", "28%", "", "",
                new Provenance(WILLIMANTIC, "Willimantic’s poverty rate at 28% (U.S. Census)", 50, 97, "open", "", "",
                        "", "", "", ""));
    }

    /** Verified once, then due again: the old label and date must not make it read as verified. */
    static ClaimRecord recheck() {
        return new ClaimRecord(RECHECK_ID, "flag-6", "statistic", "18", "verified", "",
                new Provenance(MINNEAPOLIS, "18 juvenile females were rescued", 600, 632, "needs-recheck",
                        "doc:" + MINNEAPOLIS + "#600-632", "editor-b", "2026-05-02T08:00:00Z", "2026-05-02",
                        "2026-11-01", ""));
    }

    static ClaimRecord notAClaim() {
        return new ClaimRecord(NOT_A_CLAIM_ID, "flag-7", "claim", "", "not-a-claim", "",
                decided(AUSTIN, "Austin is a great place to live", "not-a-claim", "", ""));
    }

    static ClaimRecord citation() {
        return new ClaimRecord(CITATION_ID, "flag-8", "citation", "Conn. Gen. Stat. § 53a-82", "verified", "",
                decided("corpus/not-in-manifest.txt", "§53a-82", "verified",
                        "https://www.cga.ct.gov/current/pub/chap_952.htm#sec_53a-82 (read 2026-11-15)", "2026-11-15"));
    }

    static Map<String, DocumentInfo> documents() {
        return Map.of(
                WILLIMANTIC, new DocumentInfo(WILLIMANTIC,
                        "Understanding Prostitution in Willimantic: Laws, Risks, and Community Resources",
                        "unknown (machine-generated town guide on a blog with a comment form)", "secondary", "", ""),
                MINNEAPOLIS, new DocumentInfo(MINNEAPOLIS,
                        "Minneapolis gets results in efforts to combat sex trafficking of juveniles",
                        "City of Minneapolis", "primary", "2013-01-16",
                        "https://www.minneapolismn.gov/news/2013/sex-trafficking-juveniles"),
                AUSTIN, new DocumentInfo(AUSTIN, "Austin FAQ", "", "secondary", "", ""));
    }

    static ExportRequest request(boolean includeUnverified, ClaimRecord... claims) {
        return new ExportRequest(new Dataset(List.of(), List.of(claims), documents(), "2026-11-23T12:00:00Z"),
                includeUnverified, "Factdesk");
    }

    static ExportRequest everything() {
        return request(true, verified(), corrected(), disputed(), unverifiable(), open(), recheck(), notAClaim(),
                citation());
    }
}
