package org.factdesk.web.views.internal;

import org.factdesk.api.workbench.ViewDescriptor;
import org.factdesk.api.workbench.ViewRequest;
import org.factdesk.api.workbench.ViewResponse;
import org.factdesk.api.workbench.WorkbenchView;

/** A view that is all script: it reads the core API ({@code /api/documents}, {@code /api/flags}, ...) and brings no endpoint. */
final class StaticView implements WorkbenchView {
    private final ViewDescriptor descriptor;

    StaticView(ViewDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public ViewDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public ViewResponse call(ViewRequest request) {
        return Responses.error(404, "the view " + descriptor.id() + " has no endpoints");
    }
}
