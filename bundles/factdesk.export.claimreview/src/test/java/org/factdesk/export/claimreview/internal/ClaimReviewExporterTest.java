package org.factdesk.export.claimreview.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.ExportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ClaimReviewExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode export(ExportRequest request) throws IOException {
        List<Path> files = new ClaimReviewExporter().export(request, dir);
        assertEquals(List.of(Path.of("claimreview.jsonld")), files);
        return JSON.readTree(dir.resolve(files.get(0)).toFile());
    }

    private JsonNode review(String claimId) throws IOException {
        for (JsonNode r : export(Claims.everything())) {
            if (r.get("url").asText().equals("urn:factdesk:review:" + claimId)) {
                return r;
            }
        }
        throw new AssertionError("no review of " + claimId);
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void oneClaimReviewPerClaimInTheDatasetOrder() throws IOException {
        JsonNode reviews = export(Claims.everything());
        List<String> urls = new ArrayList<>();
        for (JsonNode r : reviews) {
            assertEquals("https://schema.org", r.get("@context").asText());
            assertEquals("ClaimReview", r.get("@type").asText());
            assertEquals("Factdesk", r.at("/author/name").asText());
            assertEquals("Organization", r.at("/author/@type").asText());
            assertEquals("Claim", r.at("/itemReviewed/@type").asText());
            assertEquals("CreativeWork", r.at("/itemReviewed/appearance/@type").asText());
            assertEquals("Rating", r.at("/reviewRating/@type").asText());
            urls.add(r.get("url").asText());
        }
        assertEquals(List.of(Claims.VERIFIED_ID, Claims.CORRECTED_ID, Claims.DISPUTED_ID, Claims.UNVERIFIABLE_ID,
                Claims.OPEN_ID, Claims.RECHECK_ID, Claims.NOT_A_CLAIM_ID, Claims.CITATION_ID).stream()
                .map(id -> "urn:factdesk:review:" + id).toList(), urls);
    }

    @Test
    void aVerifiedClaimFromAPrimarySourceInFull() throws IOException {
        JsonNode expected = json("""
                {'@context': 'https://schema.org', '@type': 'ClaimReview',
                 'url': 'urn:factdesk:review:11111111-2222-4333-8444-555555555501',
                 'claimReviewed': 'Since February 2011, 19 defendants have been charged',
                 'itemReviewed': {'@type': 'Claim',
                   'author': {'@type': 'Organization', 'name': 'City of Minneapolis'},
                   'datePublished': '2013-01-16',
                   'appearance': {'@type': 'CreativeWork',
                     'url': 'https://www.minneapolismn.gov/news/2013/sex-trafficking-juveniles',
                     'name': 'Minneapolis gets results in efforts to combat sex trafficking of juveniles',
                     'publisher': {'@type': 'Organization', 'name': 'City of Minneapolis'},
                     'datePublished': '2013-01-16'}},
                 'author': {'@type': 'Organization', 'name': 'Factdesk'},
                 'datePublished': '2026-11-19',
                 'reviewRating': {'@type': 'Rating', 'ratingValue': 5, 'bestRating': 5, 'worstRating': 1,
                   'alternateName': 'True',
                   'ratingExplanation': 'Evidence: doc:seed/003_89172be8a9d527d6.txt#400-452'}}
                """);
        assertEquals(expected, review(Claims.VERIFIED_ID));
    }

    @Test
    void aDocumentWithoutUrlOrDateAppearsAsAUrnWithWhatTheManifestKnows() throws IOException {
        JsonNode item = review(Claims.DISPUTED_ID).get("itemReviewed");
        JsonNode expected = json("""
                {'@type': 'Claim',
                 'author': {'@type': 'Organization',
                   'name': 'unknown (machine-generated town guide on a blog with a comment form)'},
                 'appearance': {'@type': 'CreativeWork', 'url': 'urn:factdesk:doc:seed/001_927abdd348d19e06.txt',
                   'name': 'Understanding Prostitution in Willimantic: Laws, Risks, and Community Resources',
                   'publisher': {'@type': 'Organization',
                     'name': 'unknown (machine-generated town guide on a blog with a comment form)'}}}
                """);
        assertEquals(expected, item);
    }

    @Test
    void aDocumentMissingFromTheManifestIsOnlyItsUrn() throws IOException {
        JsonNode item = review(Claims.CITATION_ID).get("itemReviewed");
        assertEquals(json("{'@type': 'Claim', 'appearance': {'@type': 'CreativeWork', "
                + "'url': 'urn:factdesk:doc:corpus/not-in-manifest.txt'}}"), item);
    }

    @Test
    void aDocumentWithoutPublisherHasNoAuthor() throws IOException {
        JsonNode item = review(Claims.CORRECTED_ID).get("itemReviewed");
        assertFalse(item.has("author"));
        assertEquals("Austin FAQ", item.at("/appearance/name").asText());
        assertEquals("urn:factdesk:doc:dev/07_austin_faq.html", item.at("/appearance/url").asText());
    }

    @Test
    void aCorrectedClaimSaysTheRightValue() throws IOException {
        JsonNode review = review(Claims.CORRECTED_ID);
        assertEquals(json("""
                {'@type': 'Rating', 'ratingValue': 3, 'bestRating': 5, 'worstRating': 1,
                 'alternateName': 'Corrected: the right value is 214',
                 'ratingExplanation': 'Evidence: https://data.example.org/austin/arrests-2019.csv (read 2026-11-18)'}
                """), review.get("reviewRating"));
        assertEquals("2026-11-18", review.get("datePublished").asText());
        assertEquals(json("{'@type': 'CreativeWork', 'url': 'https://data.example.org/austin/arrests-2019.csv'}"),
                review.get("citation"));
    }

    @Test
    void aDisputedClaimIsAtTheBottomAndDatedByItsDecision() throws IOException {
        JsonNode review = review(Claims.DISPUTED_ID);
        assertEquals(1, review.at("/reviewRating/ratingValue").asInt());
        assertEquals("Disputed", review.at("/reviewRating/alternateName").asText());
        assertEquals("2026-11-20", review.get("datePublished").asText(), "the UTC date of reviewedAt");
    }

    @Test
    void claimsNobodyCouldRateCarryWordsButNoNumber() throws IOException {
        Map<String, String> expectedWords = Map.of(
                Claims.UNVERIFIABLE_ID, "Unverifiable",
                Claims.OPEN_ID, "Unverified",
                Claims.RECHECK_ID, "Unverified: due for a re-check",
                Claims.NOT_A_CLAIM_ID, "Not a checkable claim");
        for (Map.Entry<String, String> e : expectedWords.entrySet()) {
            JsonNode rating = review(e.getKey()).get("reviewRating");
            assertEquals(e.getValue(), rating.get("alternateName").asText());
            assertFalse(rating.has("ratingValue"), e.getValue());
            assertFalse(rating.has("bestRating"), e.getValue());
            assertFalse(rating.has("worstRating"), e.getValue());
        }
    }

    @Test
    void aClaimDueForARecheckIsNotPresentedAsVerifiedDespiteItsOldVerdict() throws IOException {
        JsonNode review = review(Claims.RECHECK_ID);
        assertEquals("Unverified: due for a re-check", review.at("/reviewRating/alternateName").asText());
        assertEquals("2026-05-02", review.get("datePublished").asText(), "the date of the last decision");
        assertFalse(review.toString().contains("True"));
    }

    @Test
    void anOpenClaimHasNoReviewDateNoExplanationAndNoCitation() throws IOException {
        JsonNode review = review(Claims.OPEN_ID);
        assertFalse(review.has("datePublished"));
        assertFalse(review.has("citation"));
        assertEquals(json("{'@type': 'Rating', 'alternateName': 'Unverified'}"), review.get("reviewRating"));
        assertEquals("Willimantic’s poverty rate at 28% (U.S. Census)", review.get("claimReviewed").asText());
    }

    @Test
    void evidenceInADocumentPassageGivesNoCitation() throws IOException {
        assertFalse(review(Claims.VERIFIED_ID).has("citation"));
        assertEquals("https://www.cga.ct.gov/current/pub/chap_952.htm#sec_53a-82",
                review(Claims.CITATION_ID).at("/citation/url").asText());
    }

    @Test
    void aShortQuoteIsExplainedByTheNormalizedValue() throws IOException {
        assertEquals("§53a-82 (Conn. Gen. Stat. § 53a-82)", review(Claims.CITATION_ID).get("claimReviewed").asText());
    }

    @Test
    void everyObjectIsTypedWithSchemaOrgTypes() throws IOException {
        Set<String> types = new TreeSet<>();
        for (JsonNode review : export(Claims.everything())) {
            collectTypes(review, types);
        }
        assertEquals(Set.of("Claim", "ClaimReview", "CreativeWork", "Organization", "Rating"), types);
    }

    private static void collectTypes(JsonNode node, Set<String> types) {
        if (node.isObject()) {
            assertTrue(node.has("@type"), node.toString());
            types.add(node.get("@type").asText());
            node.forEach(child -> collectTypes(child, types));
        } else if (node.isArray()) {
            node.forEach(child -> collectTypes(child, types));
        }
    }

    @Test
    void theReviewersNoteIsNotExported() throws IOException {
        export(Claims.everything());
        assertFalse(Files.readString(dir.resolve("claimreview.jsonld")).contains("internal note"));
    }

    @Test
    void theSameRequestGivesTheSameBytes(@TempDir Path other) throws IOException {
        new ClaimReviewExporter().export(Claims.everything(), dir);
        new ClaimReviewExporter().export(Claims.everything(), other);
        byte[] first = Files.readAllBytes(dir.resolve("claimreview.jsonld"));
        assertArrayEquals(first, Files.readAllBytes(other.resolve("claimreview.jsonld")));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("[\n  {\n    \"@context\": \"https://schema.org\",\n    \"@type\": \"ClaimReview\",\n"));
        assertTrue(text.endsWith("  }\n]\n"));
        assertFalse(text.contains("\r"));
        assertTrue(text.contains("Willimantic’s"), "UTF-8, not \\u escapes");
    }

    @Test
    void noClaimsIsAnEmptyArray() throws IOException {
        new ClaimReviewExporter().export(new ExportRequest(new Dataset(List.of(), List.of(), Map.of(), ""), false,
                "Factdesk"), dir);
        assertEquals("[]\n", Files.readString(dir.resolve("claimreview.jsonld")));
    }
}
