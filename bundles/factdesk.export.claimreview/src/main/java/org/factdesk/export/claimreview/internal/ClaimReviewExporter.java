package org.factdesk.export.claimreview.internal;

import org.factdesk.support.json.PrettyJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.Exporter;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The schema.org ClaimReview exporter, for fact-check feeds. It writes {@code claimreview.jsonld}: a JSON array with
 * one self-contained ClaimReview node per claim of the dataset, in the dataset's order, each with its own
 * {@code "@context": "https://schema.org"} so a consumer can take any element alone.
 *
 * <p>Each node:
 * <ul>
 *   <li>{@code url}: {@code urn:factdesk:review:<claim id>}, stable across exports (Factdesk publishes no review
 *       pages to link to).</li>
 *   <li>{@code claimReviewed}: the quote, short ({@link ClaimText}).</li>
 *   <li>{@code itemReviewed}: a {@code Claim} with {@code author} (the document's publisher), {@code datePublished}
 *       (the document's date) and {@code appearance}, a {@code CreativeWork} with the document's URL, or
 *       {@code urn:factdesk:doc:PATH} when the manifest has none, its title, publisher and date. Unknown facts are
 *       left out.</li>
 *   <li>{@code author}: the reviewing organization ({@code request.publisher()}).</li>
 *   <li>{@code datePublished}: the verification date, else the date of the latest decision; left out when nobody
 *       decided.</li>
 *   <li>{@code reviewRating}: the Factdesk scale documented in {@link Rating} (5 True, 3 Corrected, 1 Disputed;
 *       Unverifiable, Not a checkable claim and Unverified carry no number), with the evidence in
 *       {@code ratingExplanation}.</li>
 *   <li>{@code citation}: the evidence URL when the evidence is a web page.</li>
 * </ul>
 *
 * <p>Unverified claims (only present when the request includes them) are marked by their rating's
 * {@code alternateName} ("Unverified", "Unverifiable", ...) and get no {@code ratingValue}: the rating follows each
 * claim's own status, never an older verdict. Reviewers' notes are internal and not exported.
 *
 * <p>The schema version is that of this profile (field choice and rating scale): schema.org itself is not versioned
 * per type. No clock, no random ids, fixed field order: the same request gives the same bytes.
 */
@Component(property = {Exporter.FORMAT + "=claimreview", Exporter.SCHEMA_VERSION + "=1.0"})
public final class ClaimReviewExporter implements Exporter {
    static final Path FILE = Path.of("claimreview.jsonld");

    @Override
    public List<Path> export(ExportRequest request, Path directory) throws IOException {
        ClaimReviewMapper mapper = new ClaimReviewMapper(request.dataset().documents(), request.publisher());
        ArrayNode reviews = PrettyJson.array();
        for (ClaimRecord claim : request.dataset().claims()) {
            reviews.add(mapper.map(claim));
        }
        PrettyJson.write(reviews, directory.resolve(FILE));
        return List.of(FILE);
    }
}
