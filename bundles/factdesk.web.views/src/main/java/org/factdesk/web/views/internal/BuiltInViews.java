package org.factdesk.web.views.internal;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.workbench.Dock;
import org.factdesk.api.workbench.Role;
import org.factdesk.api.workbench.ViewDescriptor;
import org.factdesk.api.workbench.WorkbenchView;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The views that need no endpoint of their own, registered as one {@code WorkbenchView} service each: the Review
 * perspective (documents navigator, search, document, flag table, inspector) over the core API, and the Users view
 * for admins over {@code /api/users}.
 */
@Component(service = {})
public final class BuiltInViews {
    static final List<ViewDescriptor> DESCRIPTORS = List.of(
            view("review.navigator", "Documents", "Review", Dock.LEFT, 100, "review-navigator.js", Role.VIEWER),
            view("review.search", "Search", "Review", Dock.LEFT, 110, "review-search.js", Role.VIEWER),
            view("review.document", "Document", "Review", Dock.CENTER, 120, "review-document.js", Role.VIEWER),
            view("review.queue", "Flags", "Review", Dock.BOTTOM, 130, "review-queue.js", Role.VIEWER),
            view("review.inspector", "Inspector", "Review", Dock.RIGHT, 140, "review-inspector.js", Role.VIEWER),
            view("users", "Users", "Users", Dock.CENTER, 900, "users.js", Role.ADMIN));

    private final List<ServiceRegistration<WorkbenchView>> registrations = new ArrayList<>();

    @Activate
    public BuiltInViews(BundleContext context) {
        for (ViewDescriptor d : DESCRIPTORS) {
            registrations.add(context.registerService(WorkbenchView.class, new StaticView(d), null));
        }
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<WorkbenchView> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
    }

    private static ViewDescriptor view(String id, String title, String perspective, Dock dock, int rank, String script, Role role) {
        return new ViewDescriptor(id, title, perspective, dock, rank, script, List.of(), role);
    }
}
