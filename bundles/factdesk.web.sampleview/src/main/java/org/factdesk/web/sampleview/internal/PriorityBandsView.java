package org.factdesk.web.sampleview.internal;

import java.io.IOException;
import java.util.List;

import org.factdesk.api.review.ReviewService;
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
 * A view contributed by its own bundle, in the Overview perspective's right dock: the review queue by priority band.
 * Installing the bundle adds it to the workbench, uninstalling removes it; the shell is not changed.
 */
@Component(service = WorkbenchView.class)
public final class PriorityBandsView implements WorkbenchView {
    static final ViewDescriptor DESCRIPTOR = new ViewDescriptor("sample.priority-bands", "Priority bands", "Overview",
            Dock.RIGHT, 510, "priority-bands.js",
            List.of(ViewEndpoint.read("bands", "open flags by priority band: high, medium, low")), Role.VIEWER);

    private final ReviewService review;

    @Activate
    public PriorityBandsView(@Reference ReviewService review) {
        this.review = review;
    }

    @Override
    public ViewDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ViewResponse call(ViewRequest request) throws IOException {
        if (!request.endpoint().equals("bands")) {
            return new ViewResponse(404, "{\"error\":\"no such endpoint\"}");
        }
        return ViewResponse.ok(PriorityBands.json(review.queue(request.workspace(), request.asOf())));
    }
}
