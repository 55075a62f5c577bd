package org.factdesk.web.views.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.review.Decision;
import org.factdesk.api.review.ReviewRequest;
import org.factdesk.api.review.ReviewService;
import org.factdesk.api.review.StaleDecisionException;

/** Flags as given; decisions recorded as asked, refusing a stale version. */
final class FakeReviewService implements ReviewService {
    final List<Flag> flags = new ArrayList<>();
    final List<ReviewRequest> requests = new ArrayList<>();

    static Flag flag(String id, String doc, String type, String text, String normalized, String context, String status,
                     Map<String, String> attributes) {
        int start = Math.max(0, context.indexOf(text));
        return new Flag(id, doc, type, start, start + text.length(), text, normalized, context, status, 0.95, attributes);
    }

    @Override
    public List<Flag> flags(Path workspace, LocalDate asOf) {
        return List.copyOf(flags);
    }

    @Override
    public List<Flag> queue(Path workspace, LocalDate asOf) {
        return flags.stream().filter(f -> f.status().equals("open")).toList();
    }

    @Override
    public Optional<Flag> flag(Path workspace, String flagId, LocalDate asOf) {
        return flags.stream().filter(f -> f.id().equals(flagId)).findFirst();
    }

    @Override
    public Decision review(Path workspace, ReviewRequest r, LocalDate asOf) throws StaleDecisionException {
        requests.add(r);
        Flag f = flag(workspace, r.flagId(), asOf).orElseThrow(() -> new IllegalArgumentException("no flag with id " + r.flagId()));
        if (r.expectedVersion() != Long.parseLong(f.attributes().getOrDefault("version", "0"))) {
            throw new StaleDecisionException("flag " + r.flagId() + " changed");
        }
        if (r.evidence().isEmpty()) {
            throw new IllegalArgumentException("evidence: needed");
        }
        return new Decision(r.flagId(), requests.size(), r.verdict(), r.value(), r.evidence(), r.note(), r.reviewer(),
                Instant.parse("2026-11-23T10:00:00Z"), f.doc(), f.type(), f.text(), f.context());
    }

    @Override
    public List<Decision> orphans(Path workspace) {
        return List.of();
    }

    @Override
    public List<Decision> history(Path workspace, String flagId) {
        return List.of();
    }
}
