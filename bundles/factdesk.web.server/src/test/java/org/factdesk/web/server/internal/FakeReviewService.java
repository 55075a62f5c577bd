package org.factdesk.web.server.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.review.Decision;
import org.factdesk.api.review.IllegalTransitionException;
import org.factdesk.api.review.ReviewRequest;
import org.factdesk.api.review.ReviewService;
import org.factdesk.api.review.StaleDecisionException;
import org.factdesk.api.review.Verdict;

/**
 * An in-memory review service with the real one's visible rules (version check, evidence required unless
 * not-a-claim, no not-a-claim over a decision), so the handlers are tested against the contract.
 */
final class FakeReviewService implements ReviewService {
    final List<Flag> flags = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final List<ReviewRequest> requests = new ArrayList<>();

    static Flag flag(String id, String doc, String type, int start, String text, double priority) {
        return new Flag(id, doc, type, start, start + text.length(), text, text, "Call " + text + " now.", "open", priority,
                Map.of());
    }

    @Override
    public List<Flag> flags(Path workspace, LocalDate asOf) {
        List<Flag> out = new ArrayList<>();
        for (Flag f : flags) {
            List<Decision> h = history(workspace, f.id());
            Map<String, String> a = new TreeMap<>(f.attributes());
            if (h.isEmpty()) {
                a.put("version", "0");
                out.add(new Flag(f.id(), f.doc(), f.type(), f.start(), f.end(), f.text(), f.normalized(), f.context(), "open",
                        f.priority(), a));
            } else {
                Decision d = h.get(h.size() - 1);
                a.put("version", Long.toString(d.sequence()));
                a.put("verdict", d.verdict().label());
                a.put("reviewer", d.reviewer());
                a.put("evidence", d.evidence());
                out.add(new Flag(f.id(), f.doc(), f.type(), f.start(), f.end(), f.text(), f.normalized(), f.context(),
                        d.verdict().label(), f.priority(), a));
            }
        }
        return out;
    }

    @Override
    public List<Flag> queue(Path workspace, LocalDate asOf) {
        return flags(workspace, asOf).stream().filter(f -> f.status().equals("open"))
                .sorted((a, b) -> Double.compare(b.priority(), a.priority())).toList();
    }

    @Override
    public Optional<Flag> flag(Path workspace, String flagId, LocalDate asOf) {
        return flags(workspace, asOf).stream().filter(f -> f.id().equals(flagId)).findFirst();
    }

    @Override
    public Decision review(Path workspace, ReviewRequest r, LocalDate asOf)
            throws IllegalTransitionException, StaleDecisionException {
        requests.add(r);
        if (r.reviewer().isEmpty()) {
            throw new IllegalArgumentException("reviewer: say who decides");
        }
        if (r.verdict() != Verdict.NOT_A_CLAIM && r.evidence().isEmpty()) {
            throw new IllegalArgumentException("evidence: a '" + r.verdict().label() + "' verdict needs evidence");
        }
        Flag f = flag(workspace, r.flagId(), asOf).orElseThrow(() -> new IllegalArgumentException("no flag with id " + r.flagId()));
        long version = Long.parseLong(f.attributes().get("version"));
        if (r.expectedVersion() >= 0 && r.expectedVersion() != version) {
            throw new StaleDecisionException("flag " + r.flagId() + " is at version " + version);
        }
        if (!f.status().equals("open") && r.verdict() == Verdict.NOT_A_CLAIM) {
            throw new IllegalTransitionException("a flag that is '" + f.status() + "' cannot become 'not-a-claim'");
        }
        Decision d = new Decision(r.flagId(), decisions.size() + 1, r.verdict(), r.value(), r.evidence(), r.note(), r.reviewer(),
                Instant.parse("2026-11-23T10:00:00Z"), f.doc(), f.type(), f.text(), f.context());
        decisions.add(d);
        return d;
    }

    @Override
    public List<Decision> orphans(Path workspace) {
        return List.of();
    }

    @Override
    public List<Decision> history(Path workspace, String flagId) {
        return decisions.stream().filter(d -> d.flagId().equals(flagId)).toList();
    }
}
