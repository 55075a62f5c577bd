package org.factdesk.web.server.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.evidence.Evidence;
import org.factdesk.api.evidence.EvidenceRequest;
import org.factdesk.api.evidence.EvidenceSource;
import org.factdesk.api.review.Decision;
import org.factdesk.api.review.IllegalTransitionException;
import org.factdesk.api.review.ReviewRequest;
import org.factdesk.api.review.StaleDecisionException;
import org.factdesk.api.review.Verdict;
import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;

/**
 * {@code /api/flags}: the flags with their review status, one flag with its history, its evidence candidates, and
 * the recording of a decision. Decisions go through the {@code ReviewService}, the same as {@code factdesk review}:
 * the transition rules, the evidence rules and the version check are its, and the reviewer is always the signed-in
 * user.
 */
final class FlagsApi {
    static final int EVIDENCE_PER_SOURCE = 5;
    /**
     * Candidates that decide something first: those that support the flag, then those that contradict it, then
     * related passages; within each, the source's order (best first) is kept.
     */
    static final java.util.Comparator<Evidence> BY_WEIGHT = java.util.Comparator.comparingInt(e -> switch (e.assessment()) {
        case SUPPORTS -> 0;
        case CONTRADICTS -> 1;
        case RELATED -> 2;
    });

    private final Backend backend;

    FlagsApi(Backend backend) {
        this.backend = backend;
    }

    /**
     * {@code GET /api/flags?doc=&type=&status=&q=&order=document|queue}: every flag (document order) or the review
     * queue (open and needs-recheck, highest priority first), filtered; {@code q} matches text, normalized value or
     * context, ignoring case.
     */
    JsonNode list(ApiRequest r) throws IOException {
        r.user();
        Path ws = backend.settings().workspace();
        boolean queue = "queue".equals(r.parameter("order"));
        List<Flag> all = queue ? backend.reviewService().queue(ws, backend.settings().asOf())
                : backend.reviewService().flags(ws, backend.settings().asOf());
        String doc = r.parameter("doc");
        String type = r.parameter("type");
        String status = r.parameter("status");
        String q = r.parameter("q") == null ? null : r.parameter("q").toLowerCase(Locale.ROOT);
        List<Flag> out = new ArrayList<>();
        for (Flag f : all) {
            if ((doc == null || f.doc().equals(doc)) && (type == null || f.type().equals(type))
                    && (status == null || f.status().equals(status)) && (q == null || matches(f, q))) {
                out.add(f);
            }
        }
        ObjectNode result = Json.object().put("total", all.size());
        result.set("flags", Json.flags(out));
        return result;
    }

    private static boolean matches(Flag f, String q) {
        return f.text().toLowerCase(Locale.ROOT).contains(q) || f.normalized().toLowerCase(Locale.ROOT).contains(q)
                || f.context().toLowerCase(Locale.ROOT).contains(q) || f.id().equals(q);
    }

    /** {@code GET /api/flags/ID}: the flag and every decision on it, oldest first. */
    JsonNode get(ApiRequest r, String id) throws IOException {
        r.user();
        Flag f = find(id);
        ObjectNode out = Json.object();
        out.set("flag", Json.flag(f));
        out.set("history", history(id));
        return out;
    }

    /** {@code GET /api/flags/ID/history}. */
    JsonNode history(ApiRequest r, String id) throws IOException {
        r.user();
        find(id);
        ObjectNode out = Json.object();
        out.set("decisions", history(id));
        return out;
    }

    private ArrayNode history(String id) throws IOException {
        ArrayNode a = Json.array();
        for (Decision d : backend.reviewService().history(backend.settings().workspace(), id)) {
            a.add(Json.decision(d));
        }
        return a;
    }

    /**
     * {@code GET /api/flags/ID/evidence}: candidates from every registered evidence source; supporting ones first,
     * then contradicting, then related (see {@link #BY_WEIGHT}).
     */
    JsonNode evidence(ApiRequest r, String id) throws IOException {
        r.user();
        Flag f = find(id);
        List<EvidenceSource> sources = backend.evidence().get();
        Path ws = backend.settings().workspace();
        Path corpus = backend.settings().corpus();
        List<Evidence> found = sources.isEmpty() ? List.of() : backend.index().with(ws, index -> {
            List<Evidence> all = new ArrayList<>();
            EvidenceRequest request = new EvidenceRequest(corpus, index, EVIDENCE_PER_SOURCE);
            for (EvidenceSource s : sources) {
                all.addAll(s.candidates(f, request));
            }
            return all;
        });
        List<Evidence> ordered = new ArrayList<>(found);
        ordered.sort(BY_WEIGHT);
        ArrayNode a = Json.array();
        ordered.forEach(e -> a.add(Json.evidence(e)));
        ObjectNode out = Json.object().put("sources", sources.size());
        out.set("candidates", a);
        return out;
    }

    /**
     * {@code POST /api/flags/ID/review {verdict, value, evidence, note, version}}: records a decision as the signed-in
     * user. 403 below the editor role, 400 for a malformed field, 404 for an unknown flag, 409 when the flag changed
     * since {@code version} ({@code reason: stale}) or the verdict is not allowed from its status
     * ({@code reason: transition}).
     */
    JsonNode review(ApiRequest r, String id) throws IOException {
        Principal user = r.user();
        if (!user.may(Role.EDITOR)) {
            throw ApiException.forbidden("your role (" + user.role().label() + ") may not record decisions: editors may");
        }
        ObjectNode body = Json.parseObject(r.body());
        Verdict verdict;
        try {
            verdict = Verdict.fromLabel(text(body, "verdict"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("verdict: " + e.getMessage());
        }
        JsonNode version = body.get("version");
        if (version == null || !version.canConvertToLong() || version.asLong() < 0) {
            throw ApiException.badRequest("version: the flag's version as shown (a whole number, 0 for a new flag)");
        }
        Path ws = backend.settings().workspace();
        ReviewRequest request = new ReviewRequest(id, version.asLong(), verdict, text(body, "value"), text(body, "evidence"),
                text(body, "note"), user.name());
        Decision d;
        try {
            d = backend.reviewService().review(ws, request, backend.settings().asOf());
        } catch (StaleDecisionException e) {
            throw new ApiException(409, e.getMessage(), "stale");
        } catch (IllegalTransitionException e) {
            throw new ApiException(409, e.getMessage(), "transition");
        } catch (IllegalArgumentException e) {
            find(id); // an unknown flag is a 404, not a malformed request (looked up only now: the fast path reads less)
            throw ApiException.badRequest(e.getMessage());
        }
        ObjectNode out = Json.object();
        out.set("decision", Json.decision(d));
        backend.reviewService().flag(ws, id, backend.settings().asOf()).ifPresent(f -> out.set("flag", Json.flag(f)));
        return out;
    }

    private static String text(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw ApiException.badRequest(field + ": must be a string");
        }
        return n.asText();
    }

    private Flag find(String id) throws IOException {
        return backend.reviewService().flag(backend.settings().workspace(), id, backend.settings().asOf())
                .orElseThrow(() -> ApiException.notFound("no flag with id " + id));
    }
}
