package org.factdesk.web.server.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.factdesk.api.evidence.EvidenceSource;
import org.factdesk.api.review.ReviewService;

/**
 * The services and settings the API handlers use. Services are looked up per request (they come and go with their
 * bundles); a supplier returns null, or an empty list, when none is registered.
 */
record Backend(Supplier<ReviewService> review, IndexAccess index, Supplier<List<EvidenceSource>> evidence,
               DocumentTexts texts, ViewRegistry views, WebSettings settings) {
    Backend {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(settings, "settings");
    }

    /** @throws ApiException 503 when no review service is registered */
    ReviewService reviewService() {
        ReviewService s = review.get();
        if (s == null) {
            throw new ApiException(503, "the review service is not available");
        }
        return s;
    }
}
