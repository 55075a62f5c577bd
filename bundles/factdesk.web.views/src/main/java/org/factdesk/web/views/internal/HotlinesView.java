package org.factdesk.web.views.internal;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.review.Decision;
import org.factdesk.api.review.IllegalTransitionException;
import org.factdesk.api.review.ReviewRequest;
import org.factdesk.api.review.ReviewService;
import org.factdesk.api.review.StaleDecisionException;
import org.factdesk.api.review.Verdict;
import org.factdesk.api.workbench.Dock;
import org.factdesk.api.workbench.Role;
import org.factdesk.api.workbench.ViewDescriptor;
import org.factdesk.api.workbench.ViewEndpoint;
import org.factdesk.api.workbench.ViewRequest;
import org.factdesk.api.workbench.ViewResponse;
import org.factdesk.api.workbench.WorkbenchView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Hotlines perspective: every phone number with organization, channel, status, last verification, re-check due
 * date and conflicts ({@code GET phones}), and the bulk re-check ({@code POST recheck}, maintainers): the maintainer
 * looks at the evidence candidates of the selected numbers in the page and confirms; each confirmed number is then
 * recorded as {@code verified} with the evidence the maintainer chose, under the maintainer's name, through the
 * review service (so version checks and transition rules hold for each one).
 */
@Component(service = WorkbenchView.class)
public final class HotlinesView implements WorkbenchView {
    static final int MAX_BULK = 500;
    static final ViewDescriptor DESCRIPTOR = new ViewDescriptor("hotlines", "Hotlines", "Hotlines", Dock.CENTER, 200,
            "hotlines.js", List.of(
                    ViewEndpoint.read("phones", "every phone number with organization, channel, status and due date"),
                    ViewEndpoint.action("recheck", Role.MAINTAINER,
                            "record 'verified' for re-checked numbers: {items: [{id, version, evidence}], note}")),
            Role.VIEWER);

    private final ReviewService review;

    @Activate
    public HotlinesView(@Reference ReviewService review) {
        this.review = review;
    }

    @Override
    public ViewDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ViewResponse call(ViewRequest r) throws IOException {
        return switch (r.endpoint()) {
            case "phones" -> phones(r);
            case "recheck" -> recheck(r);
            default -> Responses.error(404, "no endpoint " + r.endpoint());
        };
    }

    private ViewResponse phones(ViewRequest r) throws IOException {
        ArrayNode rows = HotlineRows.build(review.flags(r.workspace(), r.asOf()),
                CorpusFiles.organizationsByNumber(CorpusFiles.registry(r.corpus())));
        ObjectNode out = Responses.JSON.createObjectNode().put("asOf", r.asOf().toString());
        out.set("phones", rows);
        return Responses.ok(out);
    }

    private ViewResponse recheck(ViewRequest r) throws IOException {
        ObjectNode body = Responses.body(r.body());
        JsonNode items = body.path("items");
        if (!items.isArray() || items.isEmpty() || items.size() > MAX_BULK) {
            throw new IllegalArgumentException("items: 1 to " + MAX_BULK + " objects {id, version, evidence}");
        }
        String note = body.path("note").asText("bulk re-check in the Hotlines view");
        ObjectNode out = Responses.JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        int recorded = 0;
        for (JsonNode item : items) {
            String id = item.path("id").asText("");
            ObjectNode result = results.addObject().put("id", id);
            if (!item.path("version").canConvertToLong()) {
                result.put("ok", false).put("error", "version: a whole number");
                continue;
            }
            try {
                Decision d = review.review(r.workspace(), new ReviewRequest(id, item.path("version").asLong(), Verdict.VERIFIED,
                        "", item.path("evidence").asText(""), note, r.principal().name()), r.asOf());
                result.put("ok", true).put("sequence", d.sequence());
                recorded++;
            } catch (IllegalArgumentException | IllegalTransitionException | StaleDecisionException e) {
                result.put("ok", false).put("error", e.getMessage());
            }
        }
        out.put("recorded", recorded);
        return Responses.ok(out);
    }
}
