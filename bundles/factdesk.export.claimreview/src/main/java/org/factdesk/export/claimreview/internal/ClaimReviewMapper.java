package org.factdesk.export.claimreview.internal;

import org.factdesk.support.json.PrettyJson;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.Provenance;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A claim record as one schema.org ClaimReview node; see {@link ClaimReviewExporter} for the mapping. */
final class ClaimReviewMapper {
    static final String CONTEXT = "https://schema.org";
    static final String REVIEW_URN_PREFIX = "urn:factdesk:review:";

    private final Map<String, DocumentInfo> documents;
    private final String publisher;

    ClaimReviewMapper(Map<String, DocumentInfo> documents, String publisher) {
        this.documents = documents;
        this.publisher = publisher;
    }

    ObjectNode map(ClaimRecord claim) {
        ObjectNode review = PrettyJson.object();
        review.put("@context", CONTEXT);
        review.put("@type", "ClaimReview");
        review.put("url", REVIEW_URN_PREFIX + claim.id());
        review.put("claimReviewed", ClaimText.of(claim));
        review.set("itemReviewed", claim(claim.provenance()));
        review.set("author", organization(publisher));
        String date = reviewDate(claim.provenance());
        if (!date.isEmpty()) {
            review.put("datePublished", date);
        }
        review.set("reviewRating", Rating.of(claim));
        String evidenceUrl = evidenceUrl(claim.provenance().evidence());
        if (!evidenceUrl.isEmpty()) {
            ObjectNode citation = PrettyJson.object();
            citation.put("@type", "CreativeWork");
            citation.put("url", evidenceUrl);
            review.set("citation", citation);
        }
        return review;
    }

    /** The claim as made: where it appeared, who published it and when, as far as the corpus manifest knows. */
    private ObjectNode claim(Provenance p) {
        DocumentInfo info = documents.get(p.doc());
        ObjectNode appearance = PrettyJson.object();
        appearance.put("@type", "CreativeWork");
        appearance.put("url", (info != null ? info.reference() : DocumentInfo.urn(p.doc())));
        ObjectNode claim = PrettyJson.object();
        claim.put("@type", "Claim");
        if (info != null) {
            putIfKnown(appearance, "name", info.title());
            if (!info.publisher().isBlank()) {
                appearance.set("publisher", organization(info.publisher().strip()));
                claim.set("author", organization(info.publisher().strip()));
            }
            putIfKnown(appearance, "datePublished", info.date());
            putIfKnown(claim, "datePublished", info.date());
        }
        claim.set("appearance", appearance);
        return claim;
    }

    /**
     * The review's date: the verification date of a verified or corrected claim, else the UTC date of the latest
     * decision; empty for a claim nobody decided on.
     */
    static String reviewDate(Provenance p) {
        if (p.verified() && !p.verifiedAt().isBlank()) {
            return p.verifiedAt().strip();
        }
        if (p.reviewedAt().isBlank()) {
            return "";
        }
        try {
            return Instant.parse(p.reviewedAt().strip()).atZone(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    /** The URL of web evidence ({@code "https://... (read 2026-11-20)"}); empty for a document passage. */
    static String evidenceUrl(String evidence) {
        String e = evidence.strip();
        if (!e.startsWith("https://") && !e.startsWith("http://")) {
            return "";
        }
        int end = 0;
        while (end < e.length() && !Character.isWhitespace(e.charAt(end))) {
            end++;
        }
        return e.substring(0, end);
    }

    private static ObjectNode organization(String name) {
        ObjectNode organization = PrettyJson.object();
        organization.put("@type", "Organization");
        organization.put("name", name);
        return organization;
    }

    private static void putIfKnown(ObjectNode node, String field, String value) {
        if (!value.isBlank()) {
            node.put(field, value.strip());
        }
    }
}
