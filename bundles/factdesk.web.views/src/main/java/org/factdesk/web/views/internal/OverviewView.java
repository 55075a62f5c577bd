package org.factdesk.web.views.internal;

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

/** The Overview perspective: charts of flags by type and status, verified share per document, re-checks falling due. */
@Component(service = WorkbenchView.class)
public final class OverviewView implements WorkbenchView {
    static final int DEFAULT_DAYS = 90;
    static final ViewDescriptor DESCRIPTOR = new ViewDescriptor("overview", "Overview", "Overview", Dock.CENTER, 500,
            "overview.js", List.of(ViewEndpoint.read("stats",
                    "flags by type and status, verified share per document, re-checks due within ?days= (default 90)")),
            Role.VIEWER);

    private final ReviewService review;

    @Activate
    public OverviewView(@Reference ReviewService review) {
        this.review = review;
    }

    @Override
    public ViewDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ViewResponse call(ViewRequest r) throws IOException {
        int days;
        try {
            days = Integer.parseInt(r.parameter("days", Integer.toString(DEFAULT_DAYS)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("days: a whole number");
        }
        if (days < 0 || days > 3650) {
            throw new IllegalArgumentException("days: 0 to 3650");
        }
        return Responses.ok(OverviewStats.build(review.flags(r.workspace(), r.asOf()), CorpusFiles.manifest(r.corpus()),
                review.orphans(r.workspace()).size(), r.asOf(), days));
    }
}
